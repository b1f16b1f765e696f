import { Truck } from "lucide-react"

// a reading circle's closing call: the entry price crossed out, entry free; a brand footer
// with its slogan's price; a shop perk promising free delivery over an amount
export function Closing() {
  return (
    <section className="py-24 text-center">
      <h2 className="text-5xl">Come as you are. There is a seat for you.</h2>
      <p>Small groups, so everyone is heard.</p>
      <button>Save my seat</button>
      <div className="mt-8 flex flex-col items-center">
        <span className="text-sm line-through">{"DE R$ 39,90"}</span>
        <span className="font-semibold">{"ENTRADA GRATUITA"}</span>
      </div>
    </section>
  )
}

export function Perks() {
  return (
    <div className="grid gap-4">
      <div className="flex gap-3">
        <Truck className="h-6 w-6" />
        <div>
          <h4 className="font-medium">Entrega grátis</h4>
          <p className="text-xs">Para pedidos acima de R$ 250,00</p>
        </div>
      </div>
    </div>
  )
}

export function SiteFooter() {
  return (
    <footer className="bg-gray-900 py-12">
      <div className="grid grid-cols-3 gap-8">
        <div>
          <h3 className="text-lg font-semibold">PageTurners</h3>
          <p>Reading circles from $3 a night, in every town.</p>
        </div>
      </div>
    </footer>
  )
}

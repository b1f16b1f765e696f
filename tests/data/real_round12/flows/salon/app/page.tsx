import dynamic from "next/dynamic"
import { ChairList } from "@/components/chair-list"
import { ClientList } from "@/components/client-list"
import { VisitFilter } from "@/components/visit-filter"

const OfferPopup = dynamic(() => import("@/components/offer-popup").then((m) => m.OfferPopup), {
  ssr: false,
})

export default function Home() {
  return (
    <main>
      <h1>Corner Barbers</h1>
      <ChairList chairs={[{ id: "1", label: "Window chair", price: 40 }]} />
      <VisitFilter onPick={() => {}} />
      <ClientList clients={[]} />
      <OfferPopup />
    </main>
  )
}

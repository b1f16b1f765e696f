import { Calendar, ShoppingBag } from "lucide-react"
import { Button } from "@/components/ui/button"
import { zapatillas } from "@/lib/catalogo"
import { VentasGrafico } from "@/components/ventas-grafico"
import { Accesorios } from "@/components/accesorios"

export default function Inicio() {
  return (
    <main>
      <section>
        <h1>Calzado & Estilo</h1>
        <p><Calendar className="h-4 w-4" /> Nuevas llegadas cada lunes</p>
        <img src="/placeholder.svg?height=400&width=800" alt="" />
      </section>
      <section>
        <h2>Destacados</h2>
        {zapatillas.map((z) => (
          <div key={z.id}>
            <h3>{z.nombre}</h3>
            <span>€{z.precio}</span>
            <Button><ShoppingBag /> Añadir al carrito</Button>
          </div>
        ))}
      </section>
      <Accesorios />
      <VentasGrafico />
    </main>
  )
}

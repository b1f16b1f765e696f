import { Listados } from "@/components/listados"
import { Hoteles } from "@/components/hoteles"
import { Planes } from "@/components/planes"
import { Talleres } from "@/components/talleres"

export default function Home() {
  return (
    <main>
      <Listados />
      <Hoteles />
      <Planes />
      <Talleres />
    </main>
  )
}

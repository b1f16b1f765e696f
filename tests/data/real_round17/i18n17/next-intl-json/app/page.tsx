import { Bikes } from "@/components/bikes"

export default function Home() {
  return (
    <main>
      <Bikes />
    </main>
  )
}

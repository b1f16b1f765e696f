import { Passes } from "@/components/passes"

export default function Home() {
  return (
    <main>
      <h1>Yoga Loft</h1>
      <Passes />
    </main>
  )
}

import { ClientWall } from "@/components/client-wall"

export default function Home() {
  return (
    <main>
      <h1>Interiors that last</h1>
      <ClientWall />
    </main>
  )
}

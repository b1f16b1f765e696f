import { LeadChat } from "@/components/lead-chat"

export default function Home() {
  return (
    <main>
      <h1>Roastery</h1>
      <LeadChat />
    </main>
  )
}

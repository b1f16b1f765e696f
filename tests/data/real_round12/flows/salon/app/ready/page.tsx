"use client"

export default function ReadyPage({ clientId }: { clientId: string }) {
  async function tellClient() {
    await fetch("/api/alerts", { method: "POST", body: JSON.stringify({ clientId, text: "Your chair is free" }) })
  }
  return (
    <main>
      <h1>Waiting room</h1>
      <button onClick={tellClient}>Tell the client their chair is free</button>
    </main>
  )
}

"use client"

export function NoteSaver({ note }: { note: string }) {
  async function keep() {
    await fetch(`${process.env.NEXT_PUBLIC_API_URL}/notes`, { method: "POST", body: JSON.stringify({ note }) })
  }
  return <button onClick={keep}>Keep note</button>
}

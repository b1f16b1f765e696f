import { NextResponse } from "next/server"
import { db } from "@/lib/db"

// Asks a hosted model for campaign ideas, keeps the ones whose link answers, stores them.
export async function POST(request: Request) {
  const { topic } = await request.json()
  const answer = await fetch("https://api.x.ai/v1/responses", {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.XAI_API_KEY}` },
    body: JSON.stringify({ model: "grok-4", input: `Five campaign ideas about ${topic}` }),
  })
  const { ideas } = await answer.json()
  const kept = []
  for (const idea of ideas) {
    const probe = await fetch(`https://${idea.domain}/`, { method: "HEAD" })
    if (probe.ok) kept.push(idea)
  }
  await db.from("ideas").insert(kept)
  return NextResponse.json({ ideas: kept })
}

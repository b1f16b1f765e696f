import { NextResponse } from "next/server"
import { summariseAndStore } from "@/lib/summarise"

// Same work, but anyone may call it and no page of the app does: left over, not a job.
export async function POST(req: Request) {
  const { articleId, body } = await req.json()
  const saved = await summariseAndStore(articleId, body)
  return NextResponse.json({ saved })
}

import { NextResponse } from "next/server"
import { summariseAndStore } from "@/lib/summarise"

// The CMS calls this when an editor publishes; it sends the shared secret along.
export async function POST(req: Request) {
  const shared = process.env.PUBLISH_HOOK_SECRET
  const { articleId, body, secret } = await req.json()
  if (secret !== shared) {
    return NextResponse.json({ error: "forbidden" }, { status: 401 })
  }
  const saved = await summariseAndStore(articleId, body)
  return NextResponse.json({ saved })
}

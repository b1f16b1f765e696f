import { NextResponse } from "next/server"
import Anthropic from "@anthropic-ai/sdk"
import { createClient } from "@sanity/client"

const anthropic = new Anthropic()
const sanity = createClient({ projectId: "demo", dataset: "production" })

// called by the CMS when an article is published: a summary is written back, nobody clicks
export async function POST(req: Request) {
  const { id, body, token } = await req.json()
  if (token !== process.env.CMS_HOOK_TOKEN) {
    return NextResponse.json({ ok: false }, { status: 401 })
  }
  const answer = await anthropic.messages.create({
    model: "claude",
    max_tokens: 300,
    messages: [{ role: "user", content: `Résume: ${body}` }],
  })
  await sanity.createOrReplace({ _id: `${id}-summary`, _type: "summary", text: answer.content })
  return NextResponse.json({ ok: true })
}

import OpenAI from "openai"
import { createClient } from "@sanity/client"

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY })
const sanity = createClient({ projectId: process.env.SANITY_PROJECT_ID, dataset: "production" })

// Writes a short summary of an article back into the CMS as a new document.
export async function summariseAndStore(articleId: string, body: string) {
  const reply = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: `Summarise in two sentences: ${body}` }],
  })
  const summary = reply.choices[0].message.content ?? ""
  return sanity.createOrReplace({ _id: `summary-${articleId}`, _type: "summary", summary })
}

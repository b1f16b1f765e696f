import { generateText } from "ai"
import { getDb } from "@/lib/db/server"

// summarises a patient's notes for the screen; nothing is stored or sent
export async function POST(req: Request) {
  const db = await getDb()
  const { patientId } = await req.json()
  const { data: notes } = await db.from("notes").select("body").eq("patient_id", patientId)
  const { text } = await generateText({
    model: "openai/gpt-4o-mini",
    prompt: `Summarise these notes: ${JSON.stringify(notes)}`,
  })
  return Response.json({ summary: text })
}

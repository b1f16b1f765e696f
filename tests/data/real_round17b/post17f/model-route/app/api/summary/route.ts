import { generateText } from "ai"
import { connect } from "@/lib/db/server"

export async function POST(req: Request) {
  const db = await connect()
  const { patientId } = await req.json()
  const { data: visits } = await db.from("visits").select("*").eq("patient_id", patientId)
  const { text } = await generateText({
    model: "openai/gpt-4o-mini",
    prompt: `Summarise these visits: ${JSON.stringify(visits)}`,
  })
  return Response.json({ summary: text })
}

import { NextResponse } from "next/server"
import { createClient } from "@supabase/supabase-js"

const supabase = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_KEY!)

// the phone gateway polls this table and sends every pending row
export async function POST(req: Request) {
  const { phone, text } = await req.json()
  await supabase.from("sms_outgoing_messages").insert({ phone, body: text, status: "pending" })
  return NextResponse.json({ ok: true })
}

import { NextResponse } from "next/server"
import { google } from "googleapis"

const auth = new google.auth.JWT({
  email: process.env.SHEET_ACCOUNT,
  key: process.env.SHEET_KEY,
  scopes: ["https://www.googleapis.com/auth/spreadsheets"],
})
const sheets = google.sheets({ version: "v4", auth })

export async function POST(request: Request) {
  const { name, phone, note } = await request.json()
  await sheets.spreadsheets.values.append({
    spreadsheetId: process.env.SHEET_ID,
    range: "Leads!A:D",
    valueInputOption: "RAW",
    requestBody: { values: [[new Date().toISOString(), name, phone, note]] },
  })
  return NextResponse.json({ ok: true })
}

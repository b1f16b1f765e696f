import { NextResponse } from "next/server"
import { Client } from "@notionhq/client"
import { Resend } from "resend"

const notion = new Client({ auth: process.env.NOTION_TOKEN })
const resend = new Resend(process.env.RESEND_API_KEY)

export async function POST(req: Request) {
  const data = await req.formData()
  const name = String(data.get("name"))
  const email = String(data.get("email"))

  await notion.pages.create({
    parent: { database_id: process.env.NOTION_LEADS_DB! },
    properties: {
      Name: { title: [{ text: { content: name } }] },
      Email: { email },
      Budget: { select: { name: String(data.get("budget")) } },
      Status: { status: { name: "New lead" } },
    },
  })

  await resend.emails.send({
    from: "Studio Nord <hello@studionord.co>",
    to: "team@studionord.co",
    replyTo: email,
    subject: `New lead: ${name}`,
    text: String(data.get("message")),
  })

  return NextResponse.json({ ok: true })
}

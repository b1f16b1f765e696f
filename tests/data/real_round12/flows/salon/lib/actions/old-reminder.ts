"use server"

import { Resend } from "resend"

const resend = new Resend(process.env.RESEND_KEY)

// an earlier reminder mail no page calls any more
export async function remindClient(email: string) {
  await resend.emails.send({ from: "desk@corner.test", to: email, subject: "See you soon", text: "Your cut is tomorrow" })
}

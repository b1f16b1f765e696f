"use server"

// every question asked on the contact page opens a conversation in the school's helpdesk
export async function askTheSchool(question: { email: string; text: string }) {
  const DESK = process.env.FRESHDESK_DOMAIN_URL
  await fetch(`${DESK}/api/v2/tickets`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email: question.email, description: question.text }),
  })
}

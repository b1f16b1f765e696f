// written for the round 14b tests: a route that only tries whether the mail provider answers
export async function POST() {
  const key = process.env.MAIL_KEY
  const res = await fetch("https://api.mailer.example/v1/send", {
    method: "POST",
    headers: { Authorization: `Bearer ${key}` },
    body: JSON.stringify({ to: "owner@example.com", subject: "Does the mail work?" }),
  })
  return Response.json({ ok: res.ok })
}

// written for the round 14b tests: a route mailing the owner when an order is placed
export async function POST(req: Request) {
  const order = await req.json()
  const res = await fetch("https://api.mailer.example/v1/send", {
    method: "POST",
    body: JSON.stringify({ to: "owner@example.com", subject: `New order ${order.id}` }),
  })
  return Response.json({ ok: res.ok })
}

export async function POST(request: Request) {
  const body = await request.json()
  await fetch("https://hooks.example.com/reservations", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  })
  return Response.json({ ok: true })
}

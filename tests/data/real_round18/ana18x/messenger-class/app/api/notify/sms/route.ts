import { gatewayFromEnv } from "@/lib/sms-gateway"

export async function POST(request: Request) {
  const { phone, text } = await request.json()
  const gateway = gatewayFromEnv()
  await gateway.push(phone, text)
  return Response.json({ sent: true })
}

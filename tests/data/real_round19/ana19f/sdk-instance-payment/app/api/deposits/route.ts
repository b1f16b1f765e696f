import { NextResponse } from "next/server"
import { MercadoPagoConfig, Preference } from "mercadopago"

const client = new MercadoPagoConfig({ accessToken: process.env.MP_TOKEN ?? "" })

export async function POST(request: Request) {
  const { service, amount } = await request.json()
  const preference = new Preference(client)
  const made = await preference.create({
    body: { items: [{ id: "deposit", title: service, quantity: 1, unit_price: amount }] },
  })
  return NextResponse.json({ payUrl: made.init_point })
}

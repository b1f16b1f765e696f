import { NextResponse } from "next/server"
import Razorpay from "razorpay"

export async function POST(req: Request) {
  const { lockerId } = await req.json()
  const razorpay = new Razorpay({ key_id: process.env.RZP_KEY!, key_secret: process.env.RZP_SECRET! })
  const order = await razorpay.orders.create({ amount: 9900, currency: "INR", receipt: `locker_${lockerId}` })
  return NextResponse.json({ orderId: order.id })
}

import { NextResponse } from "next/server"
import Razorpay from "razorpay"

const SEAT_FEE = 450

export async function POST(req: Request) {
  const { lessonId } = await req.json()
  const razorpay = new Razorpay({ key_id: process.env.RZP_KEY!, key_secret: process.env.RZP_SECRET! })
  const order = await razorpay.orders.create({ amount: SEAT_FEE * 100, currency: "INR", receipt: `seat_${lessonId}` })
  return NextResponse.json({ orderId: order.id })
}

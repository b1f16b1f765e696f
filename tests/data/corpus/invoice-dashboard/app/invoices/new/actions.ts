"use server"

import { redirect } from "next/navigation"
import { db } from "@/lib/db"
import { sendInvoiceEmail } from "@/lib/email"

type LineItem = { description: string; quantity: number; unitPrice: number }

export async function createInvoice(input: {
  clientId: string
  dueDate: string
  items: LineItem[]
  notes?: string
  send: boolean
}) {
  const total = input.items.reduce((sum, item) => sum + item.quantity * item.unitPrice, 0)
  const invoice = await db.invoice.create({
    data: {
      clientId: input.clientId,
      dueDate: new Date(input.dueDate),
      total,
      status: input.send ? "pending" : "draft",
      items: { create: input.items },
    },
  })

  if (input.send) {
    await sendInvoiceEmail(invoice.id)
  }

  redirect("/")
}

"use server"

import { queueTextMessage } from "@/lib/messages/outbox"

export async function announceNewVisit(visitId: string) {
  if (!visitId) return { error: "missing visit" }
  return queueTextMessage(visitId, "visit_booked")
}

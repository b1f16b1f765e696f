import { db } from "@/lib/db"

// puts a text message for the customer on the queue a worker sends from
export async function queueTextMessage(visitId: string, reason: string) {
  await db.from("sms_outbox").insert({ visit_id: visitId, reason })
}

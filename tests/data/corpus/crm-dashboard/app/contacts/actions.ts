"use server"

import { revalidatePath } from "next/cache"
import { db } from "@/lib/db"
import { contactsTable, tasksTable } from "@/lib/schema"

export async function addContact(formData: FormData) {
  const [contact] = await db
    .insert(contactsTable)
    .values({
      name: String(formData.get("name")),
      email: String(formData.get("email")),
      company: String(formData.get("company") ?? ""),
      stage: String(formData.get("stage") ?? "lead"),
    })
    .returning()

  // every new lead gets a follow-up task three days later
  await db.insert(tasksTable).values({
    contactId: contact.id,
    title: `Follow up with ${contact.name}`,
    dueAt: new Date(Date.now() + 3 * 24 * 60 * 60 * 1000),
  })

  revalidatePath("/contacts")
}

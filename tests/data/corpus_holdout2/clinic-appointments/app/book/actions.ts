"use server"

import { prisma } from "@/lib/prisma"
import { scheduleReminder } from "@/lib/reminders"

export async function bookAppointment(input: {
  doctorId: string
  date: string
  time: string
  patientName: string
  phone: string
  reason?: string
  insured: boolean
}) {
  const appointment = await prisma.appointment.create({ data: { ...input, status: "booked" } })
  await scheduleReminder({ appointmentId: appointment.id, phone: input.phone, hoursBefore: 24 })
  return appointment.id
}

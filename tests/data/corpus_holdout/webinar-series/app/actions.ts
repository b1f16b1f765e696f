"use server"

import { google } from "googleapis"
import { Resend } from "resend"
import { upcoming } from "@/lib/webinars"

const resend = new Resend(process.env.RESEND_KEY)
const calendar = google.calendar({ version: "v3", auth: process.env.GOOGLE_API_KEY })

export async function rsvp(data: { webinarId: string; name: string; email: string; company?: string }) {
  const webinar = upcoming.find((w) => w.id === data.webinarId)
  if (!webinar) throw new Error("Unknown webinar")

  await calendar.events.patch({
    calendarId: process.env.WEBINAR_CALENDAR_ID,
    eventId: webinar.id,
    requestBody: { attendees: [{ email: data.email, displayName: data.name }] },
  })

  await resend.emails.send({
    from: "Growth Sessions <live@growthsessions.io>",
    to: data.email,
    subject: `You're registered: ${webinar.topic}`,
    text: `See you on ${new Date(webinar.startsAt).toUTCString()}. The join link is in the calendar invite.`,
  })
}

"use server"

const PARTNER_API = (process.env.PARTNER_API || "https://partner-review.example.dev/").replace(/\/$/, "")

export async function requestReview(data: { email: string; site: string }) {
  const res = await fetch(`${PARTNER_API}/reviews`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(data),
  })
  return { ok: res.ok }
}

// older name some buttons used; every caller now uses requestReview
export async function askForReview(data: { email: string; site: string }) {
  return requestReview(data)
}

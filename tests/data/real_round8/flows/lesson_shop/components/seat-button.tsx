"use client"

export function SeatButton({ lessonId }: { lessonId: string }) {
  async function reserveSeat() {
    const res = await fetch("/api/pay/seat", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ lessonId }),
    })
    const { orderId } = await res.json()
    window.location.href = `/lessons/paid?order=${orderId}`
  }
  return <button onClick={reserveSeat}>Pay for a seat</button>
}

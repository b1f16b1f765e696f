"use client"

export default function ExtrasPage() {
  async function startFee(kind: "seat" | "locker", id: string) {
    const endpoint = kind === "locker" ? "/api/pay/locker" : "/api/pay/seat"
    const res = await fetch(endpoint, { method: "POST", body: JSON.stringify({ lockerId: id, lessonId: id }) })
    const { orderId } = await res.json()
    window.location.href = `/extras/paid?order=${orderId}`
  }
  return (
    <main>
      <h1>Extras</h1>
      <p>A locker for the term</p>
      <button onClick={() => startFee("locker", "l-1")}>Rent a locker</button>
    </main>
  )
}

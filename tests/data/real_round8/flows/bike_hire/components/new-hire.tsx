"use client"

import { useState } from "react"

export function NewHire({ onSave }: { onSave: (hire: unknown) => void }) {
  const [rider, setRider] = useState("")
  const [rate, setRate] = useState("20")
  const [hours, setHours] = useState("2")
  const [voucher, setVoucher] = useState("0")
  const [paidWith, setPaidWith] = useState("cash")
  const due = Math.max(Number(rate) * Number(hours) - Number(voucher), 0)

  return (
    <form onSubmit={(e) => { e.preventDefault(); onSave({ rider, rate, hours, voucher, paidWith, due }) }}>
      <h2>Hand out a bike</h2>
      <label htmlFor="rider">Rider</label>
      <input id="rider" value={rider} onChange={(e) => setRider(e.target.value)} />
      <label htmlFor="rate">Hourly rate</label>
      <input id="rate" type="number" value={rate} onChange={(e) => setRate(e.target.value)} />
      <label htmlFor="hours">Hours</label>
      <input id="hours" type="number" value={hours} onChange={(e) => setHours(e.target.value)} />
      <label htmlFor="voucher">Voucher</label>
      <input id="voucher" type="number" value={voucher} onChange={(e) => setVoucher(e.target.value)} />
      <label htmlFor="paid">Paid with</label>
      <select id="paid" value={paidWith} onChange={(e) => setPaidWith(e.target.value)}>
        <option value="cash">Cash</option>
        <option value="card">Card</option>
      </select>
      <p>To collect: {due} EUR</p>
      <button type="submit">Save hire</button>
    </form>
  )
}

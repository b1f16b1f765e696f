"use client"
// A Vietnamese approval inbox: a list titled only "awaiting approval", whose rows are typed as
// invoices, and a table of people to tick as attendees.
import { useEffect, useState } from "react"

type Invoice = { id: string; so: string; tong: number }
type Contact = { id: string; ten: string; email: string }

export default function HopThu() {
  const [choDuyet, setChoDuyet] = useState<Invoice[]>([])
  const [nguoi, setNguoi] = useState<Contact[]>([])
  const [chon, setChon] = useState<string[]>([])
  useEffect(() => {
    fetch("/api/cho-duyet").then((r) => r.json()).then(setChoDuyet)
    fetch("/api/nguoi").then((r) => r.json()).then(setNguoi)
  }, [])
  return (
    <main>
      <section>
        <h2>Danh sách chờ duyệt</h2>
        {choDuyet.map((hd) => <div key={hd.id}>{hd.so} — {hd.tong} ₫</div>)}
      </section>
      <section>
        <h2>Danh sách người tham dự</h2>
        {nguoi.map((n) => (
          <label key={n.id}>
            <input type="checkbox" checked={chon.includes(n.id)} onChange={() => setChon([...chon, n.id])} />
            {n.ten}
          </label>
        ))}
      </section>
    </main>
  )
}

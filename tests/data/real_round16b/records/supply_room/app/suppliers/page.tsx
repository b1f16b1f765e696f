"use client"

import { useState } from "react"

type Vendor = { id: number; company: string; email: string; phone: string }

export default function VendorsPage() {
  const [vendors] = useState<Vendor[]>([
    { id: 1, company: "North Paper Co", email: "orders@northpaper.test", phone: "555 0101" },
    { id: 2, company: "Blue Ink Ltd", email: "hello@blueink.test", phone: "555 0102" },
  ])
  return (
    <section>
      <h2>Suppliers ({vendors.length})</h2>
      <ul>
        {vendors.map((v) => (
          <li key={v.id}>
            <strong>{v.company}</strong> {v.email} {v.phone}
          </li>
        ))}
      </ul>
    </section>
  )
}

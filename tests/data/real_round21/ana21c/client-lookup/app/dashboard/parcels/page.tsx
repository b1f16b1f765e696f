"use client"

import { useEffect, useState } from "react"

type Customer = { id: string; name: string; email: string; phone: string }

export default function ParcelDesk() {
  const [query, setQuery] = useState("")
  const [customers, setCustomers] = useState<Customer[]>([])

  useEffect(() => {
    fetch(`/api/customers?q=${encodeURIComponent(query)}`)
      .then((r) => r.json())
      .then(setCustomers)
  }, [query])

  return (
    <div>
      <h2>Search customer</h2>
      <input value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Name or phone" />
      <ul>
        {customers.map((customer) => (
          <li key={customer.id}>
            {customer.name} · {customer.email} · {customer.phone}
          </li>
        ))}
      </ul>
    </div>
  )
}

"use client"

import { useEffect, useState } from "react"

type Vendor = { id: string; name: string; email: string; phone: string; supplies: string; leadDays: number }

export default function VendorsPage() {
  const [vendors, setVendors] = useState<Vendor[]>([])

  useEffect(() => {
    fetch("/api/vendors")
      .then((r) => r.json())
      .then(setVendors)
  }, [])

  return (
    <main className="p-6">
      <h1 className="text-2xl font-semibold">Our vendors</h1>
      <table>
        <tbody>
          {vendors.map((vendor) => (
            <tr key={vendor.id}>
              <td>{vendor.name}</td>
              <td>{vendor.email}</td>
              <td>{vendor.phone}</td>
              <td>{vendor.supplies}</td>
              <td>{vendor.leadDays} days</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  )
}

"use client"

import { useEffect, useState } from "react"

type Firm = { id: string; firm_name: string; contact_person: string; email: string; joined_at: string }

export default function FirmsPage() {
  const [firms, setFirms] = useState<Firm[]>([])

  useEffect(() => {
    fetch("/api/firms")
      .then((r) => r.json())
      .then(setFirms)
  }, [])

  return (
    <div>
      <h2>Registered firms</h2>
      <table>
        <tbody>
          {firms.map((firm) => (
            <tr key={firm.id}>
              <td>{firm.firm_name}</td>
              <td>{firm.contact_person}</td>
              <td>{firm.email}</td>
              <td>{new Date(firm.joined_at).toLocaleDateString()}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

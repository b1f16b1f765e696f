"use client"
// An office's invoices, loaded from its API; the page is titled by the invoices' own word.
import { useEffect, useState } from "react"

export default function Rechnungen() {
  const [rechnungen, setRechnungen] = useState([])
  useEffect(() => {
    fetch("/api/rechnungen").then((r) => r.json()).then(setRechnungen)
  }, [])
  return (
    <main>
      <h1>Rechnungen</h1>
      <table>
        <tbody>
          {rechnungen.map((r) => (
            <tr key={r.nummer}>
              <td>{r.nummer}</td>
              <td>{r.kunde}</td>
              <td>{r.betrag}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  )
}

"use client"

import { useEffect, useState } from "react"
import { fetchSales, type Sale } from "@/lib/sales"

// a seller's board of sales; when there are none, a message takes the table's place
export default function SalesBoard() {
  const [sales, setSales] = useState<Sale[]>([])
  useEffect(() => {
    fetchSales().then(setSales)
  }, [])
  return (
    <section>
      <h2 className="text-xl">Sales received</h2>
      {sales.length === 0 ? (
        <div className="py-12 text-center">
          <h3 className="text-lg">Nothing sold yet</h3>
          <p>Your sales will show here.</p>
        </div>
      ) : (
        <table>
          <tbody>
            {sales.map((sale) => (
              <tr key={sale.id}>
                <td>{sale.customerName}</td>
                <td>{sale.total}</td>
                <td>{sale.status}</td>
                <td>{sale.createdAt}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

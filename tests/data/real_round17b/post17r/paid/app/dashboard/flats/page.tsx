import { paymentsForFlat } from "@/lib/ledger"

export default async function FlatPage() {
  const paid = await paymentsForFlat("2B")
  return (
    <section>
      <h1>Flat 2B</h1>
      <div className="card">
        <h3>Payment History</h3>
        <table>
          <tbody>
            {paid.map((p) => (
              <tr key={p.id}>
                <td>{p.paidOn}</td>
                <td>{p.amount} €</td>
                <td>{p.method}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}

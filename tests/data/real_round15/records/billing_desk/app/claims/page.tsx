import { useLedger } from "@/lib/ledger"

export default function ClaimsPage() {
  const { claims } = useLedger()
  const shown = claims.filter((c) => c.open)
  return (
    <main>
      <h1>Submitted claims</h1>
      <table>
        <tbody>
          {shown.map((c) => (
            <tr key={c.id}>
              <td>{c.referenceNo}</td>
              <td>{c.memberId}</td>
              <td>{new Date(c.serviceDate).toLocaleDateString()}</td>
              <td>{c.totalCharged.toFixed(2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  )
}

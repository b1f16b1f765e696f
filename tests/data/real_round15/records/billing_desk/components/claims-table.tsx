import { useLedger } from "@/lib/ledger"

export function ClaimsTable({ query }: { query: string }) {
  const { claims } = useLedger()
  const filteredClaims = claims.filter((c) => c.referenceNo.includes(query))
  return (
    <table>
      <tbody>
        {filteredClaims.map((claim) => (
          <tr key={claim.id}>
            <td>{claim.patientName}</td>
            <td>{claim.submittedDate}</td>
            <td>{claim.amountBilled}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

import { getClaim } from "@/lib/claims"

export default async function ClaimPage({ params }: { params: { id: string } }) {
  const claim = await getClaim(params.id)
  const patient = claim.patient
  return (
    <main>
      <h1>Claim {claim.reference}</h1>
      <p>Status: {claim.status}</p>
      <p>Billed: {claim.billedAmount}</p>
      <section>
        <h2>Insured person</h2>
        <p>{patient.fullName}</p>
        <p>{patient.email}</p>
        <p>{patient.phone}</p>
        <p>{patient.policyNumber}</p>
      </section>
    </main>
  )
}

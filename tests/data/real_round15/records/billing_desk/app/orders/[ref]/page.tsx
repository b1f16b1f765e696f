import { findOrder } from "@/lib/ledger"

export default async function OrderPage({ params }: { params: { ref: string } }) {
  const order = await findOrder(params.ref)
  const patient = order.patient
  return (
    <main>
      <h1>Detalle</h1>
      <section>
        <p>{patient.firstName}</p>
        <p>{patient.lastName}</p>
        <p>{patient.phone}</p>
      </section>
      <section>
        <h2>Importes</h2>
        <p>{order.reference}</p>
        <p>{order.createdDate}</p>
        <p>{order.amountCharged}</p>
        <p>{order.amountCovered}</p>
        <p>{order.state}</p>
      </section>
    </main>
  )
}

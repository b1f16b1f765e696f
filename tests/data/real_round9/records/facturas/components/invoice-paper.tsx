// The sheet the editor fills in as the user types: a preview of the same invoice.
type Paper = { number: string; issued: string; client: string; total: number }

export function InvoicePaper({ number, issued, client, total }: Paper) {
  return (
    <section>
      <h2>Tax Invoice</h2>
      <p>Invoice #</p>
      <p>{number}</p>
      <p>Issue date</p>
      <p>{issued}</p>
      <p>Bill to</p>
      <p>{client}</p>
      <p>Amount due</p>
      <p>{total}</p>
    </section>
  )
}

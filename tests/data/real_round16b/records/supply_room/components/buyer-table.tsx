type Buyer = { id: string; name: string; contact_person: string; email: string; phone: string }

export function BuyerTable({ buyers }: { buyers: Buyer[] }) {
  return (
    <section>
      <h2>Buyers</h2>
      <table>
      <tbody>
        {buyers.map((buyer) => (
          <tr key={buyer.id}>
            <td>{buyer.name}</td>
            <td>{buyer.contact_person}</td>
            <td>{buyer.email}</td>
            <td>{buyer.phone}</td>
          </tr>
        ))}
      </tbody>
      </table>
    </section>
  )
}

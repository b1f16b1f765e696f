interface Bill {
  id: string
  date: string
  amount: string
  status: "paid" | "refunded"
}

export function BillList({ bills }: { bills: Bill[] }) {
  return (
    <section>
      <h2>Past invoices</h2>
      <table>
        <tbody>
          {bills.map((bill) => (
            <tr key={bill.id}>
              <td>{bill.id}</td>
              <td>{bill.date}</td>
              <td>{bill.amount}</td>
              <td>{bill.status}</td>
              <td><a href={`/invoices/${bill.id}.pdf`}>Download</a></td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

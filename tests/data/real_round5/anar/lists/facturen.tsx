// A Dutch bookkeeping page: sample invoices written out, shown as one table.
const facturen = [
  { id: "F-2031", klant: "Bakkerij Jansen", amount: 420.5, status: "paid", dueDate: "2025-03-01" },
  { id: "F-2032", klant: "Fietsen de Wit", amount: 99, status: "overdue", dueDate: "2025-02-10" },
  { id: "F-2033", klant: "Tuincentrum Blom", amount: 1280, status: "draft", dueDate: "2025-04-15" },
]

export default function Facturen() {
  return (
    <main>
      <h1>Facturen</h1>
      <table>
        <tbody>
          {facturen.map((f) => (
            <tr key={f.id}><td>{f.id}</td><td>{f.klant}</td><td>€ {f.amount}</td><td>{f.status}</td></tr>
          ))}
        </tbody>
      </table>
    </main>
  )
}

type Line = { id: string; label: string; qty: number; unitPrice: number }

interface SlipProps {
  lines: Line[]
  total: number
  saleNo: string
  soldOn: string
}

// the slip handed over once the sale is closed: its lines, when, and what it came to
export function SaleSlip({ lines, total, saleNo, soldOn }: SlipProps) {
  return (
    <article>
      <h2>Spokes &amp; Chains</h2>
      <p>Slip {saleNo}</p>
      <p>Date: {soldOn}</p>
      <table>
        <tbody>
          {lines.map((line) => (
            <tr key={line.id}>
              <td>{line.qty}</td>
              <td>{line.label}</td>
              <td>{(line.qty * line.unitPrice).toFixed(2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>Total due: {total.toFixed(2)}</p>
    </article>
  )
}

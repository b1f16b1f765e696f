interface Sale {
  id: string
  grand_total: number
  created_at: string
  buyers?: { full_name: string }
}

export function SalesTable({ sales }: { sales: Sale[] }) {
  return (
    <table>
      <tbody>
        {sales.map((sale) => (
          <tr key={sale.id}>
            <td>{sale.buyers?.full_name}</td>
            <td>{sale.grand_total}</td>
            <td>{sale.created_at}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

import { useTill } from "@/lib/till"

export default function SalesPage() {
  const { sales, page } = useTill()
  const paginatedSales = sales.slice(page * 10, page * 10 + 10)
  return (
    <section>
      <h2>
        {sales.length} Vente{sales.length > 1 ? "s" : ""}
      </h2>
      {paginatedSales.map((sale) => (
        <div key={sale.id}>
          <span>{new Date(sale.created_at).toLocaleString()}</span>
          <span>{sale.items.length}</span>
          <span>{sale.total}</span>
        </div>
      ))}
    </section>
  )
}

import { fetchSales } from "@/lib/store"

export default async function SalesPage() {
  const latestSales = await fetchSales()
  return (
    <section>
      <h2>Ventas recientes</h2>
      <div>
        {latestSales.map((sale) => (
          <div key={sale.id}>
            <p>{sale.customer_name}</p>
            <p>{sale.date}</p>
            <p>{sale.total_amount}</p>
          </div>
        ))}
      </div>
    </section>
  )
}

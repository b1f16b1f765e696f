import { createClient } from "@/lib/supabase/server"

export default async function StockOverview() {
  const supabase = await createClient()
  const { data: products } = await supabase.from("products").select("*")
  const stockValue = products?.reduce((acc, item) => acc + item.price * item.stock, 0) ?? 0
  const scarceProducts = (products ?? []).filter((item) => item.stock < 5)

  return (
    <div className="space-y-4">
      <div className="grid grid-cols-2 gap-4">
        <div className="rounded border p-4">
          <h3>Stock value</h3>
          <p>{stockValue.toFixed(2)}</p>
        </div>
        <div className="rounded border p-4">
          <h3>Running low</h3>
          <ul>
            {scarceProducts.map((item) => (
              <li key={item.id}>
                {item.name} ({item.stock})
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  )
}

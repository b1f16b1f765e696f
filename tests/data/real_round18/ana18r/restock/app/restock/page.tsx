import { createClient } from "@/lib/supabase/server"

export default async function RestockPage() {
  const supabase = createClient()
  const { data: products } = await supabase.from("products").select("*")
  const reorderProducts = products?.filter((p) => p.quantity <= p.reorderLevel) || []
  return (
    <section>
      <h2>Running low</h2>
      <ul>
        {reorderProducts.map((product) => (
          <li key={product.id}>
            {product.name} · {product.quantity} left · ${product.price}
          </li>
        ))}
      </ul>
    </section>
  )
}

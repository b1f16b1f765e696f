import { createClient } from "@/lib/supabase/server"

export default async function ShopPage() {
  const supabase = createClient()
  const { data: products } = await supabase.from("products").select("*")
  return (
    <section>
      <h2>Our teas</h2>
      <ul>
        {products?.map((product) => (
          <li key={product.id}>
            {product.name} · ${product.price}
          </li>
        ))}
      </ul>
    </section>
  )
}

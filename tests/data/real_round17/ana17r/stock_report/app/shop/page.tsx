import { createClient } from "@/lib/supabase/server"

export default async function ShopPage() {
  const supabase = await createClient()
  const { data: products } = await supabase.from("products").select("*")

  return (
    <section>
      <h2>Our collection</h2>
      <div className="grid grid-cols-3 gap-4">
        {(products ?? []).map((item) => (
          <article key={item.id}>
            <h3>{item.name}</h3>
            <img src={item.image_url} alt={item.name} />
          </article>
        ))}
      </div>
    </section>
  )
}

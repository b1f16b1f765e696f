"use client"
// A French shop's home page: categories, then the products of the database, in a grid.
import useSWR from "swr"
import { createClient } from "@/lib/supabase/client"
import CarteProduit from "@/components/carte-produit"

async function charger() {
  const supabase = createClient()
  const [cats, prods] = await Promise.all([
    supabase.from("categories").select("*"),
    supabase.from("produits").select("*").eq("vedette", true),
  ])
  return { categories: cats.data ?? [], vedettes: prods.data ?? [] }
}

export default function Accueil() {
  const { data } = useSWR("accueil", charger)
  if (!data) return null
  return (
    <main>
      <section>
        <h2>Nos rayons</h2>
        <div>{data.categories.map((c) => <a key={c.id} href={`/rayon/${c.slug}`}>{c.nom}</a>)}</div>
      </section>
      <section>
        <h2>Nos coups de cœur</h2>
        <div className="grid">
          {data.vedettes.map((produit) => <CarteProduit key={produit.id} produit={produit} />)}
        </div>
      </section>
    </main>
  )
}

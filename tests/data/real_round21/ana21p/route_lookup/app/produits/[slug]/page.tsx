import { notFound } from "next/navigation"

const bougies = [
  { slug: "figuier", name: "Bougie Figuier sauvage", price: "24 €", burn: "45 h" },
  { slug: "ambre", name: "Bougie Ambre et cuir", price: "28 €", burn: "50 h" },
  { slug: "mimosa", name: "Bougie Mimosa du Tanneron", price: "22 €", burn: "40 h" },
]

export default async function BougiePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const bougie = bougies.find((b) => b.slug === slug)
  if (!bougie) notFound()

  return (
    <main className="p-10">
      <h1>{bougie.name}</h1>
      <p>{bougie.price}</p>
      <p>Durée de combustion : {bougie.burn}</p>
      <button>Ajouter au panier</button>
    </main>
  )
}

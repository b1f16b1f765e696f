import { teas } from "@/lib/teas"

export default function ShopPage() {
  return (
    <main>
      <h1>All teas</h1>
      {teas.map((t) => (
        <article key={t.slug}>
          <h2>{t.title}</h2>
          <p>{t.origin}</p>
          <span>{t.price}</span>
        </article>
      ))}
    </main>
  )
}

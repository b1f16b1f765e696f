import { condimenti, primi, secondi } from "@/lib/menu"

export default function MenuPage() {
  return (
    <main className="mx-auto max-w-2xl p-10">
      <h1 className="text-4xl">Il nostro menù</h1>
      <h2>Primi</h2>
      {primi.map((p) => (
        <p key={p.name}>
          {p.name} · {p.price}
        </p>
      ))}
      <h2>Secondi</h2>
      {secondi.map((s) => (
        <p key={s.name}>{s.name}</p>
      ))}
      <h2>Da aggiungere</h2>
      {condimenti.map((c) => (
        <span key={c.name}>{c.name}</span>
      ))}
    </main>
  )
}

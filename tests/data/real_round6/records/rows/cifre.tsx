// figures about items and people, each with an amount that is no asking price
const prodottiTop = [
  { name: "Borsa in pelle", carts: 41, recovered: 12, revenue: "€1.840" },
  { name: "Sciarpa di seta", carts: 28, recovered: 9, revenue: "€720" },
]

const operai = [
  { id: "w1", name: "Marco Bellini", project: "Cantiere Nord", dailyWage: "€95", balance: "€380" },
  { id: "w2", name: "Luca Ferri", project: "Cantiere Sud", dailyWage: "€90", balance: "€0" },
]

const concorrenti = [
  { id: "c1", name: "Hotel Aurora", averageRate: 140, marketShare: 18, rating: 4.3 },
  { id: "c2", name: "Grand Hotel Lido", averageRate: 210, marketShare: 25, rating: 4.6 },
]

const trattamenti = [
  { title: "Pulizia del viso", successRate: "Most clients see a brighter skin after the first session." },
  { title: "Peeling chimico", successRate: "Results show within two weeks for nearly every skin type." },
]

export default function Report() {
  return (
    <div>
      <h2>Prodotti più recuperati</h2>
      {prodottiTop.map((p) => (
        <p key={p.name}>{p.name} · {p.carts} · {p.revenue}</p>
      ))}
      <h2>Operai</h2>
      {operai.map((o) => (
        <p key={o.id}>{o.name} · {o.dailyWage} · {o.balance}</p>
      ))}
      <h2>Concorrenza</h2>
      {concorrenti.map((c) => (
        <p key={c.id}>{c.name} · {c.averageRate} € · {c.marketShare}%</p>
      ))}
      <h2>Trattamenti</h2>
      {trattamenti.map((t) => (
        <p key={t.title}>{t.title}: {t.successRate}</p>
      ))}
    </div>
  )
}

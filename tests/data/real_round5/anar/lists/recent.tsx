"use client"
// A German accounting dashboard: recent invoices loaded through a helper, customer reviews, and
// top customers summed from the invoices.
import { holeRechnungen } from "@/lib/rechnungen"
import { holeBewertungen } from "@/lib/bewertungen"

export function Uebersicht() {
  const rechnungen = holeRechnungen()
  const bewertungen = holeBewertungen()
  const topKunden = rechnungen.reduce((acc: any[], r) => {
    const k = acc.find((x) => x.name === r.kunde)
    if (k) k.summe += r.betrag
    else acc.push({ name: r.kunde, summe: r.betrag })
    return acc
  }, [])
  return (
    <div>
      <section>
        <h3>Letzte Rechnungen</h3>
        {rechnungen.map((r) => <p key={r.nr}>{r.nr} {r.kunde} {r.betrag} €</p>)}
      </section>
      <section>
        <h3>Bewertungen der Kunden</h3>
        {bewertungen.map((b) => <blockquote key={b.id}>{b.text}</blockquote>)}
      </section>
      <section>
        <h3>Top Kunden</h3>
        {topKunden.map((k) => <p key={k.name}>{k.name}: {k.summe} €</p>)}
      </section>
    </div>
  )
}

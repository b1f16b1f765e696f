"use client"

type Riga = { id: number; nome: string; prezzo: number; quantita: number }

// the cart's panel: its rows, its total and the order sent as a message
export default function Carrello({ righe }: { righe: Riga[] }) {
  const totale = righe.reduce((s, r) => s + r.prezzo * r.quantita, 0)
  const testo = righe.map((r) => `${r.quantita} x ${r.nome}`).join("\n") + `\nTotale: ${totale}`
  const link = `https://wa.me/390000000000?text=${encodeURIComponent(testo)}`

  return (
    <aside>
      <h2>Il tuo carrello</h2>
      {righe.map((r) => (
        <div key={r.id}>
          <span>{r.nome}</span>
          <span>{r.quantita}</span>
          <span>€ {(r.prezzo * r.quantita).toFixed(2)}</span>
        </div>
      ))}
      <p>Totale: € {totale.toFixed(2)}</p>
      <a href={link} target="_blank" rel="noreferrer">
        Ordina su WhatsApp
      </a>
    </aside>
  )
}

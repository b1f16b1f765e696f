type Riga = { id: number; nome: string; prezzo: number; quantita: number }

// a floating round button sending the same cart the same way, with no title of its own
export default function BottoneFlottante({ carrello }: { carrello: Riga[] }) {
  const total = carrello.reduce((s, r) => s + r.prezzo * r.quantita, 0)
  const testo = carrello.map((r) => `${r.quantita} x ${r.nome}`).join("\n") + `\nTotale: ${total}`
  const link = `https://wa.me/390000000000?text=${encodeURIComponent(testo)}`

  return (
    <a href={link} target="_blank" rel="noreferrer" className="fixed bottom-4 right-4" aria-label="WhatsApp">
      <svg viewBox="0 0 24 24" />
    </a>
  )
}

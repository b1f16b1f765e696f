// A trattoria's page: dishes that describe themselves, and bare extras with only a price.
const piatti = [
  { nome: "Risotto ai funghi", descrizione: "Carnaroli, porcini, parmigiano", prezzo: "€14" },
  { nome: "Tagliata di manzo", descrizione: "Rucola e grana", prezzo: "€22" },
]
const aggiunte = [
  { nome: "Pane", prezzo: "€2" },
  { nome: "Coperto", prezzo: "€3" },
]

export default function Carta() {
  return (
    <main>
      {piatti.map((p) => (
        <div key={p.nome}>
          <h3>{p.nome}</h3>
          <p>{p.descrizione}</p>
          <span>{p.prezzo}</span>
        </div>
      ))}
      {aggiunte.map((a) => (
        <small key={a.nome}>{a.nome} {a.prezzo}</small>
      ))}
    </main>
  )
}

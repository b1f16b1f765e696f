// a testimonials page: its title mentions patients inside a sentence, the rows are quotes
const opinioes = [
  { id: 1, quote: "Fui muito bem atendida desde a primeira consulta.", author: "Ana P." },
  { id: 2, quote: "Equipe atenciosa e explicações claras.", author: "Rita M." },
]

export default function Depoimentos() {
  return (
    <main>
      <h1>What our patients tell us</h1>
      {opinioes.map((o) => (
        <blockquote key={o.id}>
          {o.quote} — {o.author}
        </blockquote>
      ))}
    </main>
  )
}

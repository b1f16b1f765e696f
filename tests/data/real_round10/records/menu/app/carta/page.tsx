// a second menu page: dish names in capitals, priced per size in Portuguese keys
const massas = [
  { id: "m1", nome: "CARBONARA", descricao: "Bacon, ovo e parmesão.", precoPequeno: 32.0, precoGrande: 44.0 },
  { id: "m2", nome: "BOLONHESA", descricao: "Molho de carne lento.", precoPequeno: 30.0, precoGrande: 41.0 },
  { id: "m3", nome: "QUATRO QUEIJOS", descricao: "Gorgonzola e provolone.", precoPequeno: 34.0, precoGrande: 46.0 },
]

export default function Carta() {
  return (
    <main>
      <h1>Massas da Casa</h1>
      {massas.map((m) => (
        <article key={m.id}>
          <h2>{m.nome}</h2>
          <p>{m.descricao}</p>
          <p>P {m.precoPequeno} · G {m.precoGrande}</p>
        </article>
      ))}
    </main>
  )
}

// A partner programme: each plaque is won at a sales goal, with a picture; nothing is sold here.
const placas = [
  { titulo: "Placa Bronce", meta: "R$ 50 mil", descricao: "Primeira conquista", imagem: "/p/1.png" },
  { titulo: "Placa Prata", meta: "R$ 250 mil", descricao: "Parceiro em alta", imagem: "/p/2.png" },
]
const niveles = [
  { name: "Nivel 1", target: "$10,000", description: "First tier" },
  { name: "Nivel 2", target: "$50,000", description: "Second tier" },
]

export default function Premios() {
  return (
    <section>
      {placas.map((p) => (
        <div key={p.titulo}>
          {p.titulo} {p.meta} {p.descricao}
        </div>
      ))}
      {niveles.map((n) => (
        <div key={n.name}>
          {n.name} {n.target}
        </div>
      ))}
    </section>
  )
}

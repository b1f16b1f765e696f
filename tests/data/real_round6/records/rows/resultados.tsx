// figures of past sales told as before/after pairs: each pair sits inside a set of metrics
const metrics = [
  {
    antes: { label: "Antes: piso sin reformar", val: "€210.000", dias: "61 días" },
    despues: { label: "Después: piso reformado", val: "€248.000", dias: "12 días" },
  },
  {
    antes: { label: "Antes: ático vacío", val: "€330.000", dias: "45 días" },
    despues: { label: "Después: ático amueblado", val: "€371.000", dias: "8 días" },
  },
]

export default function Resultados() {
  return (
    <section>
      <h2>Resultados</h2>
      {metrics.map((m) => (
        <div key={m.antes.label}>
          <p>{m.antes.label} · {m.antes.val}</p>
          <p>{m.despues.label} · {m.despues.val}</p>
        </div>
      ))}
    </section>
  )
}

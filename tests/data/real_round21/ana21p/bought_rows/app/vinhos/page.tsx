const garrafas = [
  { name: "Tinto do Douro Reserva", notes: "Frutos pretos, taninos firmes", image: "/douro.jpg" },
  { name: "Alvarinho Monção", notes: "Citrinos e mineralidade", image: "/alvarinho.jpg" },
  { name: "Moscatel de Setúbal", notes: "Laranja cristalizada e mel", image: "/moscatel.jpg" },
]

export default function VinhosPage() {
  return (
    <main className="grid grid-cols-3 gap-6 p-10">
      {garrafas.map((garrafa) => (
        <article key={garrafa.name} className="rounded-xl border p-5">
          <img src={garrafa.image} alt={garrafa.name} />
          <h2 className="font-serif text-xl">{garrafa.name}</h2>
          <p>{garrafa.notes}</p>
          <button className="mt-4 rounded-full bg-rose-900 px-6 py-2 text-white">Comprar</button>
        </article>
      ))}
    </main>
  )
}

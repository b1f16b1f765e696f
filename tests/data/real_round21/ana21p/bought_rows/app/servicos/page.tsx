const areas = [
  { name: "Enoturismo", text: "Visitas às vinhas ao longo do ano" },
  { name: "Eventos privados", text: "A adega para o seu jantar de grupo" },
]

export default function ServicosPage() {
  return (
    <main className="grid grid-cols-2 gap-6 p-10">
      {areas.map((area) => (
        <div key={area.name} className="rounded border p-6">
          <h2>{area.name}</h2>
          <p>{area.text}</p>
          <a href="/contacto">Saber mais</a>
        </div>
      ))}
    </main>
  )
}

const hotels = [
  { name: "Casa del Faro", city: "Cádiz", rooms: [{ name: "Doble con vistas", pricePerNight: 120 }, { name: "Suite Torre", pricePerNight: 210 }] },
  { name: "Posada Roble", city: "León", rooms: [{ name: "Individual Bosque", pricePerNight: 75 }] },
]

export function Hoteles() {
  return (
    <section>
      <h2>Dónde dormir</h2>
      {hotels.map((h) => (
        <div key={h.name}>
          <h3>{h.name}</h3>
          {h.rooms.map((r) => (
            <p key={r.name}>{r.name}: €{r.pricePerNight}/noche</p>
          ))}
        </div>
      ))}
    </section>
  )
}

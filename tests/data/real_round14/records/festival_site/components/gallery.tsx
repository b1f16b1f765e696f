const works = [
  { id: 1, title: "Koi in ink", date: "Enero 2025", location: "Antebrazo" },
  { id: 2, title: "Rose line", date: "Febrero 2025", location: "Hombro" },
  { id: 3, title: "Geometric wolf", date: "Marzo 2025", location: "Espalda" },
]

export function Gallery() {
  return (
    <div>
      {works.map((w) => (
        <figure key={w.id}>
          <figcaption>
            {w.title} · {w.date} · {w.location}
          </figcaption>
        </figure>
      ))}
    </div>
  )
}

const workshops = [
  { id: 1, title: "Intro to Pottery", date: "2026-06-06", time: "10:00", seats: 12 },
  { id: 2, title: "Glazing Techniques", date: "2026-06-13", time: "10:00", seats: 10 },
  { id: 3, title: "Wheel Throwing Basics", date: "2026-06-20", time: "14:00", seats: 8 },
]

export default function WorkshopList() {
  return (
    <section>
      <h2>Upcoming workshops</h2>
      <ul>
        {workshops.map((w) => (
          <li key={w.id}>
            <h3>{w.title}</h3>
            <span>
              {w.date} {w.time}
            </span>
            <span>{w.seats} seats</span>
          </li>
        ))}
      </ul>
    </section>
  )
}

const mySessions = [
  { id: "s1", title: "Sunrise Mobility", date: "2025-09-01", time: "06:30", location: "Room 2", status: "upcoming" },
  { id: "s2", title: "Kettlebell Basics", date: "2025-09-02", time: "18:00", location: "Room 1", status: "draft" },
  { id: "s3", title: "Core Circuit", date: "2025-09-03", time: "12:15", location: "Room 2", status: "reschedule-pending" },
]

const openDays = [
  { id: "o1", title: "Autumn Open Day", date: "2025-10-04", location: "Main Hall", status: "upcoming" },
  { id: "o2", title: "Family Fitness Fair", date: "2025-11-08", location: "Main Hall", status: "sold out" },
]

export function MySessions() {
  return (
    <div>
      <h2>My sessions</h2>
      {mySessions.map((s) => (
        <div key={s.id}>
          {s.title} {s.date} {s.time} {s.location} {s.status}
          <button type="button">Request reschedule</button>
        </div>
      ))}
      <h2>Open days</h2>
      {openDays.map((o) => (
        <div key={o.id}>
          {o.title} {o.date} {o.location} {o.status}
        </div>
      ))}
    </div>
  )
}

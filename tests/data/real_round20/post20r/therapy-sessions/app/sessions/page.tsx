const sessions = [
  { title: "First assessment", date: "2026-04-02", therapist: "Dr. Amal Haddad", location: "Room 3", status: "done" },
  { title: "Knee mobility", date: "2026-04-09", therapist: "Dr. Amal Haddad", location: "Room 3", status: "booked" },
  { title: "Strength review", date: "2026-04-16", therapist: "Dr. Amal Haddad", location: "Gym hall", status: "booked" },
]

export default function SessionsPage() {
  return (
    <main>
      <h1>Your physiotherapy sessions</h1>
      <ul>
        {sessions.map((s) => (
          <li key={s.title}>
            {s.title} on {s.date} with {s.therapist} in {s.location}
          </li>
        ))}
      </ul>
    </main>
  )
}

// A Dublin physio's front desk: today's sample appointments under a title with an apostrophe.
const appointments = [
  { id: 1, patient: "Aoife Byrne", service: "Sports massage", date: "2025-04-02", time: "09:00" },
  { id: 2, patient: "Cian Walsh", service: "Back assessment", date: "2025-04-02", time: "10:30" },
]

export default function FrontDesk() {
  return (
    <section>
      <h2>Today&apos;s appointments</h2>
      {appointments.map((a) => <p key={a.id}>{a.time} {a.patient} — {a.service}</p>)}
    </section>
  )
}

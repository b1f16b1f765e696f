// a shop manager's roster: the team's own people, reached by e-mail and phone, with the days
// they came in; staff, not customers (round 8)
const people = [
  { id: 1, name: "Rosa Lindqvist", email: "rosa@shop.test", phone: "+46 70 111 2233", daysPresent: 19 },
  { id: 2, name: "Kofi Mensah", email: "kofi@shop.test", phone: "+46 70 444 5566", daysPresent: 21 },
]

export default function TeamPage() {
  return (
    <main>
      <h1 className="text-2xl font-semibold">Team Members</h1>
      <table>
        <tbody>
          {people.map((p) => (
            <tr key={p.id}>
              <td>{p.name}</td>
              <td>{p.email}</td>
              <td>{p.phone}</td>
              <td>{p.daysPresent} days</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  )
}

// the app's own accounts: people with the last time they signed in, beside its customers
const utenti = [
  { id: "u1", name: "Giulia Rossi", email: "giulia@hotel.example", role: "admin", lastLogin: "2025-05-02 09:14" },
  { id: "u2", name: "Paolo Neri", email: "paolo@hotel.example", role: "staff", lastLogin: "2025-05-01 18:40" },
]

const clienti = [
  { id: "c1", name: "Marta Bianchi", email: "marta@example.com", phone: "+39 333 111 2222" },
  { id: "c2", name: "Sergio Villa", email: "sergio@example.com", phone: "+39 333 444 5555" },
]

export default function Persone() {
  return (
    <div>
      <h2>Utenti</h2>
      {utenti.map((u) => (
        <p key={u.id}>{u.name} · {u.role} · {u.lastLogin}</p>
      ))}
      <h2>Clienti</h2>
      {clienti.map((c) => (
        <p key={c.id}>{c.name} · {c.email}</p>
      ))}
    </div>
  )
}

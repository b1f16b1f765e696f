const topPatients = [
  { name: "Sven Holm", visits: 14, totalSpent: 1930 },
  { name: "Nadia Farouk", visits: 11, totalSpent: 1420 },
  { name: "Piotr Zielinski", visits: 9, totalSpent: 1105 },
]

export function TopClients() {
  return (
    <ol>
      {topPatients.map((t) => (
        <li key={t.name}>
          {t.name} {t.visits} {t.totalSpent}
        </li>
      ))}
    </ol>
  )
}

"use client"

const picks = [
  { id: 1, title: "Morning Sencha", price: "$12", blurb: "Grassy and bright" },
  { id: 2, title: "Mountain Oolong", price: "$18", blurb: "Floral and creamy" },
]

export default function Home() {
  return (
    <section>
      <h2>Our picks this week</h2>
      {picks.map((p) => (
        <div key={p.id}>
          <h3>{p.title}</h3>
          <p>{p.blurb}</p>
          <strong>{p.price}</strong>
        </div>
      ))}
    </section>
  )
}

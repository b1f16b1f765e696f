// the tattoo studios of a directory, each with how to reach it and its own priced work
const studios = [
  {
    id: 1,
    name: "Needle & Ink",
    email: "hello@needleink.example",
    phone: "+34 600 100 200",
    city: "Valencia",
    services: [
      { name: "Fine Line Piece", price: 120 },
      { name: "Cover-up Session", price: 260 },
    ],
  },
  {
    id: 2,
    name: "Black Rose Studio",
    email: "book@blackrose.example",
    phone: "+34 600 300 400",
    city: "Sevilla",
    services: [
      { name: "Flash Tattoo", price: 80 },
      { name: "Ear Piercing", price: 35 },
    ],
  },
]

export default function Studio({ params }: { params: { id: string } }) {
  const studio = studios.find((s) => String(s.id) === params.id)
  if (!studio) return <p>Not found</p>
  return (
    <main>
      <h1>{studio.name}</h1>
      <p>
        {studio.city} · {studio.phone}
      </p>
      <h2>Services</h2>
      {studio.services.map((s) => (
        <div key={s.name}>
          <h3>{s.name}</h3>
          <span>€{s.price}</span>
        </div>
      ))}
    </main>
  )
}

// motorbikes in the showroom: no name of their own, shown as year, maker and model
const bikes = [
  { id: 1, year: 2023, make: "Ducati", model: "Monster", price: 12990, km: 3100 },
  { id: 2, year: 2022, make: "Yamaha", model: "MT-07", price: 7450, km: 8800 },
  { id: 3, brand: "Honda", model: "CB500X", price: 6900, km: 15200 },
]

export default function Showroom() {
  return (
    <main>
      <h1>In the showroom</h1>
      {bikes.map((b) => (
        <article key={b.id}>
          <h3>
            {b.year} {b.make ?? b.brand} {b.model}
          </h3>
          <p>€{b.price.toLocaleString()}</p>
          <p>{b.km} km</p>
        </article>
      ))}
    </main>
  )
}

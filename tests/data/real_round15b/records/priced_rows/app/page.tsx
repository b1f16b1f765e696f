const bikes = [
  { title: "Trail Runner", blurb: "A light frame for weekend rides.", cost: "$1450" },
  { title: "City Glide", blurb: "Upright, calm and quick to park.", cost: "$1299.99" },
  { title: "Hill Climber", blurb: "Wide gears for steep streets.", cost: "$2100" },
]

export default function Shop() {
  return (
    <main>
      <h1>Our bikes</h1>
      {bikes.map((bike) => (
        <article key={bike.title}>
          <h2>{bike.title}</h2>
          <p>{bike.blurb}</p>
          <span>{bike.cost}</span>
          <button>Add to cart</button>
        </article>
      ))}
    </main>
  )
}

// The garage café's drinks: most are priced per cup size, one at a single price.
const drinks = [
  { name: "Flat White", small: 3.2, large: 3.9 },
  { name: "Chai Latte", small: 3.5, large: 4.2 },
  { name: "Still Water", price: 1.5 },
]

export default function Menu() {
  return (
    <main>
      <h1>Drinks</h1>
      {drinks.map((drink) => (
        <div key={drink.name}>
          <h3>{drink.name}</h3>
          {drink.price !== undefined && <span>€{drink.price}</span>}
          {drink.small !== undefined && <span>S €{drink.small}</span>}
          {drink.large !== undefined && <span>L €{drink.large}</span>}
        </div>
      ))}
    </main>
  )
}

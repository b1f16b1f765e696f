// a shop's sale shelf: the old price struck, the price paid now beside it: goods, kept as before
export function Shelf() {
  const mugs = [
    { id: 1, name: "Speckled mug", originalPrice: "€24", price: "€18" },
    { id: 2, name: "Tall vase", originalPrice: "€60", price: "€45" },
  ]
  return (
    <section>
      <h2>On sale</h2>
      {mugs.map((m) => (
        <article key={m.id}>
          <h3>{m.name}</h3>
          <span className="line-through">{m.originalPrice}</span>
          <span>{m.price}</span>
          <button>Add to cart</button>
        </article>
      ))}
      <p className="line-through">€84</p>
    </section>
  )
}

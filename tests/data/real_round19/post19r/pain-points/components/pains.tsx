// a consultant's landing page: the problems a shop owner faces, one of them telling a sum
export function Pains() {
  const pains = [
    { title: "Stock that never moves", description: "Shelves full of last season and no room for what sells." },
    { title: "Ads that burn money", description: "You pay $80 for a click-through that buys a $30 basket." },
    { title: "No time to plan", description: "The till, the orders and the staff eat every hour you have." },
  ]
  return (
    <section>
      <h2>Sound familiar?</h2>
      {pains.map((pain) => (
        <div key={pain.title}>
          <h3>{pain.title}</h3>
          <p>{pain.description}</p>
        </div>
      ))}
    </section>
  )
}

// a pottery course's sales page: the bonuses come free, each "worth" a crossed-out amount
export function Bonuses() {
  const gifts = [
    {
      title: "Gift 1: Glazes without guesswork",
      subtitle: "A chart of twenty tested glazes",
      value: "€49",
      description: "Mix, dip and fire with the recipes our studio uses every week.",
    },
    {
      title: "Gift 2: The kiln log",
      subtitle: "Record every firing",
      value: "€29",
      description: "A printable log to learn from each firing, good or bad.",
    },
  ]
  return (
    <section>
      <h2>Yours free when you join today</h2>
      {gifts.map((gift) => (
        <div key={gift.title} className="rounded-lg border p-6">
          <h3>{gift.title}</h3>
          <p>{gift.subtitle}</p>
          <span className="text-muted-foreground line-through">{gift.value}</span>
          <p>{gift.description}</p>
        </div>
      ))}
    </section>
  )
}

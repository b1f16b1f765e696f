// bundles priced only inside their own line of text; a happy hour is a saving, not a thing sold
export function Bundles() {
  const bundles = [
    { title: "Exam Week Box", description: "Two wraps + a juice for only KSh 250", badge: "Popular" },
    { title: "Breakfast Duo", description: "Mandazi + tea = KES 90", badge: "Morning" },
    { title: "Happy Hour", description: "15% off every drink after 6 PM", badge: "Evenings" },
  ]
  return (
    <section>
      <h2>Bundles</h2>
      {bundles.map((b) => (
        <div key={b.title}>
          <span>{b.badge}</span>
          <h3>{b.title}</h3>
          <p>{b.description}</p>
        </div>
      ))}
    </section>
  )
}

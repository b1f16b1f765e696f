type Tier = { title: string; price: string; perks: string[] }

// one layout every service page renders; it holds no tiers of its own
export default function ServiceLayout({ heading, tiers }: { heading: string; tiers: Tier[] }) {
  return (
    <section>
      <h1>{heading}</h1>
      <h2>Packages</h2>
      {tiers.map((tier) => (
        <div key={tier.title}>
          <h3>{tier.title}</h3>
          <p>{tier.price}</p>
          <ul>
            {tier.perks.map((perk) => (
              <li key={perk}>{perk}</li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  )
}

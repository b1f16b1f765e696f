type PlanCardProps = { title: string; price: string; features: string[] }

export function PlanCard({ title, price, features }: PlanCardProps) {
  return (
    <div className="rounded border p-6">
      <h3>{title}</h3>
      <p className="text-3xl">{price}</p>
      <ul>
        {features.map((f) => (
          <li key={f}>{f}</li>
        ))}
      </ul>
    </div>
  )
}

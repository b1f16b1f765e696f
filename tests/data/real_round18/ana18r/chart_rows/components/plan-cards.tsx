export function PlanCards({ data }: { data: { name: string; price: string }[] }) {
  return (
    <div>
      {data.map((plan) => (
        <div key={plan.name}>
          <h3>{plan.name}</h3>
          <p>{plan.price}</p>
          <button>Rent now</button>
        </div>
      ))}
    </div>
  )
}

type DishCardProps = { name: string; price: string; blurb: string }

export function DishCard({ name, price, blurb }: DishCardProps) {
  return (
    <div className="rounded border p-4">
      <h3 className="font-semibold">{name}</h3>
      <p className="text-sm">{blurb}</p>
      <span className="font-bold">{price}</span>
    </div>
  )
}

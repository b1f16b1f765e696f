import { Check } from "lucide-react"

// what the course includes, each part with what it would cost alone; the sum is crossed out
export function ValueStack() {
  const parts = [
    { name: "Twelve hours of wheel lessons", price: "€240" },
    { name: "Monthly live critique", price: "€120" },
    { name: "Lifetime access", price: "€90" },
  ]
  return (
    <section>
      <h2>What all of this would cost you</h2>
      {parts.map((part) => (
        <div key={part.name} className="flex justify-between">
          <Check className="h-4 w-4" />
          <span>{part.name}</span>
          <span className="font-bold">{part.price}</span>
        </div>
      ))}
      <div className="text-4xl line-through">€390</div>
      <p>You will not pay anywhere near that.</p>
    </section>
  )
}

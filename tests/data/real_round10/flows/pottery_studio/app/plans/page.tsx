import { Button } from "@/components/ui/button"

const CHECKOUT_PAGES = {
  hobby: "https://buy.stripe.com/test_hobby_plan",
  studio: "https://buy.stripe.com/test_studio_plan",
}

const plans = [
  { id: "hobby", name: "Hobby", price: "$12/mo" },
  { id: "studio", name: "Studio", price: "$39/mo" },
]

function linkFor(id: string) {
  return id === "hobby" ? CHECKOUT_PAGES.hobby : CHECKOUT_PAGES.studio
}

export default function PlansPage() {
  return (
    <main>
      <h1>Plans for every potter</h1>
      {plans.map((plan) => (
        <div key={plan.id}>
          <h2>{plan.name}</h2>
          <p>{plan.price}</p>
          <a href={linkFor(plan.id)} target="_blank" rel="noopener noreferrer">
            <Button>Start now</Button>
          </a>
        </div>
      ))}
    </main>
  )
}

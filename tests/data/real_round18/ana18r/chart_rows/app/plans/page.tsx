import { PlanCards } from "@/components/plan-cards"

export default function PlansPage() {
  return (
    <PlanCards
      data={[
        { name: "Garden Flat", price: "$950 / month" },
        { name: "Loft Studio", price: "$1,200 / month" },
      ]}
    />
  )
}

import ServiceLayout from "../service-layout"

export default function SeoPage() {
  return (
    <ServiceLayout
      heading="Search optimisation"
      tiers={[
        { title: "Local Visibility", price: "$390", perks: ["Maps listing", "10 keywords"] },
        { title: "Regional Reach", price: "$790", perks: ["30 keywords", "Monthly report"] },
      ]}
    />
  )
}

import ServiceLayout from "../service-layout"

export default function VideoPage() {
  return (
    <ServiceLayout
      heading="Video production"
      tiers={[
        { title: "Social Clip", price: "$450", perks: ["30 seconds", "2 revisions"] },
        { title: "Brand Film", price: "$2,400", perks: ["2 minutes", "Shooting day"] },
      ]}
    />
  )
}

import { SubsidyTable } from "@/components"

export default function SolarPage() {
  return (
    <main>
      <h1>Rooftop solar</h1>
      <SubsidyTable />
    </main>
  )
}

import { StatTile } from "@/components/stat-tile"

export default function StatsPage() {
  return (
    <main>
      <h1>This month</h1>
      <div className="grid grid-cols-3 gap-4">
        <StatTile title="Revenue" value="$12,400" change="+4%" />
        <StatTile title="Average ticket" value="$31" change="-2%" />
        <StatTile title="Refunds" value="$220" change="+1%" />
      </div>
    </main>
  )
}

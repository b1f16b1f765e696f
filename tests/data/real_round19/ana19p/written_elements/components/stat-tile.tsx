type StatTileProps = { title: string; value: string; change: string }

export function StatTile({ title, value, change }: StatTileProps) {
  return (
    <div className="rounded border p-4">
      <h3>{title}</h3>
      <p className="text-2xl">{value}</p>
      <p className="text-xs">{change}</p>
    </div>
  )
}

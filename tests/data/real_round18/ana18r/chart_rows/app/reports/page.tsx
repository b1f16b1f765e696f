import { Bar, BarChart, XAxis } from "recharts"

export default function ReportsPage() {
  return (
    <section>
      <h1>Repairs by site</h1>
      <BarChart
        data={[
          { name: "Harbour View Flats", requests: 9, avgCost: 310 },
          { name: "Mill Lane Houses", requests: 4, avgCost: 275 },
          { name: "Station Court", requests: 6, avgCost: 390 },
        ]}
      >
        <XAxis dataKey="name" />
        <Bar dataKey="avgCost" />
      </BarChart>
    </section>
  )
}

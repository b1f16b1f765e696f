"use client"

import { useEffect, useState } from "react"
import { Bar, BarChart, XAxis, YAxis } from "recharts"

interface Sale {
  week: string
  units: number
  price: number
}

export default function WeeklyStatsPage() {
  const [sales, setSales] = useState<Sale[]>([])
  const [rows, setRows] = useState<{ week: string; takings: number; count: number }[]>([])

  useEffect(() => {
    fetch("/api/sales")
      .then((r) => r.json())
      .then((data: Sale[]) => setSales(data))
  }, [])

  useEffect(() => {
    const weeks: { week: string; takings: number; count: number }[] = []
    for (const week of ["W1", "W2", "W3", "W4"]) {
      const inWeek = sales.filter((s) => s.week === week)
      const takings = inWeek.reduce((sum, s) => sum + s.units * s.price, 0)
      const count = inWeek.length
      weeks.push({ week, takings, count })
    }
    setRows(weeks)
  }, [sales])

  return (
    <main>
      <h1>Guten Tag, schön dass Sie da sind!</h1>
      <BarChart width={600} height={300} data={rows}>
        <XAxis dataKey="week" />
        <YAxis />
        <Bar dataKey="takings" />
      </BarChart>
    </main>
  )
}

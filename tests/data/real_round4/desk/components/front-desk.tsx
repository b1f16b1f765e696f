"use client"
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card"

type Visit = { id: string; who: string; at: string }

export function FrontDesk({ visits }: { visits: Visit[] }) {
  return (
    <div className="grid gap-4">
      <Card>
        <CardHeader><CardTitle>Afspraken ({visits.length})</CardTitle></CardHeader>
        <CardContent>
          {visits.map((v) => <div key={v.id}>{v.who} · {v.at}</div>)}
        </CardContent>
      </Card>
    </div>
  )
}

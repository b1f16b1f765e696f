"use client"
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card"

type Visit = { id: string; who: string; at: string; room: string }

export function Practitioner({ visits }: { visits: Visit[] }) {
  return (
    <Card>
      <CardHeader><CardTitle>Afspraken</CardTitle></CardHeader>
      <CardContent>
        {visits.map((v) => <p key={v.id}>{v.at}: {v.who} ({v.room})</p>)}
      </CardContent>
    </Card>
  )
}

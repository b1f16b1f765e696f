"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"
import { Card, CardContent, CardTitle } from "@/components/ui/card"
import { Input } from "@/components/ui/input"
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select"

type Award = { id: string; swimmer: string; kind: string }

export default function AwardsPage() {
  const [awards, setAwards] = useState<Award[]>([])
  const [kindFilter, setKindFilter] = useState("all")
  const [showNew, setShowNew] = useState(false)

  return (
    <div>
      <div>
        <h1>Awards</h1>
        <Button onClick={() => setShowNew(true)}>Give Award</Button>
      </div>
      <Card>
        <CardContent>
          <Select value={kindFilter} onValueChange={setKindFilter}>
            <SelectTrigger><SelectValue /></SelectTrigger>
            <SelectContent>
              <SelectItem value="all">All kinds</SelectItem>
              <SelectItem value="gold">Gold</SelectItem>
            </SelectContent>
          </Select>
          <Button variant="outline" onClick={() => window.print()}>Download all</Button>
        </CardContent>
      </Card>
      {awards.filter((a) => kindFilter === "all" || a.kind === kindFilter).map((a) => (
        <p key={a.id}>{a.swimmer}</p>
      ))}
      {showNew && (
        <div className="fixed inset-0">
          <Card>
            <CardTitle>Give & Log an Award</CardTitle>
            <CardContent>
              <Input id="awardSwimmer" placeholder="Swimmer" />
              <Input id="awardKind" placeholder="Kind of award" />
              <Input id="awardReason" placeholder="Reason" />
              <Button variant="outline" onClick={() => setShowNew(false)}>Cancel</Button>
              <Button
                onClick={() => {
                  const swimmer = (document.getElementById("awardSwimmer") as HTMLInputElement).value
                  const kind = (document.getElementById("awardKind") as HTMLInputElement).value
                  setAwards([...awards, { id: String(awards.length + 1), swimmer, kind }])
                  setShowNew(false)
                  alert(`Award given. Search for ${swimmer} to find it.`)
                }}
              >
                Give Award
              </Button>
            </CardContent>
          </Card>
        </div>
      )}
    </div>
  )
}

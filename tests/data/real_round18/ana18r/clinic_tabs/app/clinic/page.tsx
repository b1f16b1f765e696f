"use client"

import { useState } from "react"
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs"

type Visit = { id: string; patientName: string; service: string; date: string; time: string; status: string }

export default function ClinicPage() {
  const [visits] = useState<Visit[]>([])
  return (
    <main>
      <h1>Good morning, doctor</h1>
      <Tabs defaultValue="visits">
        <TabsList>
          <TabsTrigger value="visits">Booked visits</TabsTrigger>
          <TabsTrigger value="notes">Notes</TabsTrigger>
        </TabsList>
        <TabsContent value="visits">
          {visits.map((visit) => (
            <div key={visit.id}>
              <p>{visit.patientName}</p>
              <p>{visit.service}</p>
              <p>
                {visit.date} {visit.time}
              </p>
              <span>{visit.status}</span>
            </div>
          ))}
        </TabsContent>
        <TabsContent value="notes">
          <p>No notes yet.</p>
        </TabsContent>
      </Tabs>
    </main>
  )
}

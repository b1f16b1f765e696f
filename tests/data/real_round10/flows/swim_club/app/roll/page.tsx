"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card"

type Swimmer = { id: string; name: string }

export default function RollCallPage({ swimmers }: { swimmers: Swimmer[] }) {
  const [here, setHere] = useState<Record<string, boolean>>({})
  const saveRegister = async () => {
    await fetch("/api/register", { method: "POST", body: JSON.stringify(here) })
  }
  return (
    <Card>
      <CardHeader>
        <CardTitle>Session Register</CardTitle>
      </CardHeader>
      <CardContent>
        <div className="overflow-x-auto">
          <table>
            <tbody>
              {swimmers.map((s) => (
                <tr key={s.id}>
                  <td>{s.name}</td>
                  <td>
                    <div className="flex">
                      <label>
                        <input type="radio" name={`here-${s.id}`} checked={!!here[s.id]} onChange={() => setHere({ ...here, [s.id]: true })} />
                        <span>Here</span>
                      </label>
                      <label>
                        <input type="radio" name={`here-${s.id}`} checked={!here[s.id]} onChange={() => setHere({ ...here, [s.id]: false })} />
                        <span>Away</span>
                      </label>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="flex">
          <Button onClick={saveRegister}>Save Register</Button>
        </div>
      </CardContent>
    </Card>
  )
}

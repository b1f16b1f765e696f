"use client"

import { useEffect, useState } from "react"
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card"

export default function AdminHome() {
  const [paid, setPaid] = useState<number[]>([])
  useEffect(() => {
    fetch("/api/paid").then((r) => r.json()).then(setPaid)
  }, [])
  const received = paid.reduce((a, b) => a + b, 0)
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Card>
        <CardHeader>
          <CardTitle>Received This Month</CardTitle>
        </CardHeader>
        <CardContent>
          <div className="text-2xl font-bold">${received?.toLocaleString() || 0}</div>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Open Balance</CardTitle>
        </CardHeader>
        <CardContent>
          <div className="text-2xl font-bold">₹{received.toLocaleString()}</div>
          <p className="text-xs">{paid.length} payments</p>
        </CardContent>
      </Card>
    </div>
  )
}

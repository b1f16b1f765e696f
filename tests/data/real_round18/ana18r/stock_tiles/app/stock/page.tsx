"use client"

import { useEffect, useState } from "react"
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card"
import { Table, TableBody, TableCell, TableRow } from "@/components/ui/table"

type Bottle = { id: string; name: string; price: number; stock: number }

export default function StockPage() {
  const [bottles, setBottles] = useState<Bottle[]>([])
  useEffect(() => {
    fetch("/api/bottles").then((r) => r.json()).then(setBottles)
  }, [])
  return (
    <main>
      <h1>Cellar Stock</h1>
      <Card>
        <CardHeader>
          <CardTitle>Sold Out</CardTitle>
        </CardHeader>
        <CardContent>
          <p>{bottles.filter((b) => b.stock === 0).length}</p>
        </CardContent>
      </Card>
      <Table>
        <TableBody>
          {bottles.map((bottle) => (
            <TableRow key={bottle.id}>
              <TableCell>{bottle.name}</TableCell>
              <TableCell>${bottle.price}</TableCell>
              <TableCell>{bottle.stock}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </main>
  )
}

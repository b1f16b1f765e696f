"use client"
import { useMenu } from "@/lib/store"

export function MenuList() {
  const items = useMenu((s) => s.items)
  return <ul>{items.map((p) => <li key={p.id}>{p.name} — €{p.price}</li>)}</ul>
}

"use client"
import { useState } from "react"
import { Button } from "@/components/ui/button"

export default function Reports() {
  const [from, setFrom] = useState("")
  const [to, setTo] = useState("")
  const [branch, setBranch] = useState("all")
  const [onlyLate, setOnlyLate] = useState(false)

  const build = (e: React.FormEvent) => {
    e.preventDefault()
    console.log({ from, to, branch, onlyLate })
  }

  return (
    <form onSubmit={build}>
      <h2>Teslimat Raporu</h2>
      <label htmlFor="from">Başlangıç</label>
      <input id="from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
      <label htmlFor="to">Bitiş</label>
      <input id="to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
      <label htmlFor="branch">Şube</label>
      <select id="branch" value={branch} onChange={(e) => setBranch(e.target.value)}>
        <option value="all">Tümü</option>
        <option value="north">Kuzey</option>
      </select>
      <input id="late" type="checkbox" checked={onlyLate} onChange={(e) => setOnlyLate(e.target.checked)} />
      <label htmlFor="late">Yalnızca gecikenler</label>
      <Button type="submit">Oluştur</Button>
    </form>
  )
}

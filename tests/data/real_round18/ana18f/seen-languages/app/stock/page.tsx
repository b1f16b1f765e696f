"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"
import { Label } from "@/components/ui/label"

export default function StockPage() {
  const [items, setItems] = useState<{ nama: string; stok: number }[]>([])
  const [nama, setNama] = useState("")
  const [stok, setStok] = useState("")

  const simpan = () => {
    setItems([...items, { nama, stok: Number(stok) }])
  }

  return (
    <div>
      <h1>Gudang</h1>
      <section>
        <h2>Tambah Barang Gudang</h2>
        <Label htmlFor="nama">Nama barang</Label>
        <Input id="nama" value={nama} onChange={(e) => setNama(e.target.value)} />
        <Label htmlFor="stok">Jumlah</Label>
        <Input id="stok" type="number" value={stok} onChange={(e) => setStok(e.target.value)} />
        <Button onClick={simpan}>Simpan</Button>
      </section>
    </div>
  )
}

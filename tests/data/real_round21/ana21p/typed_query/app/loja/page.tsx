"use client"

import { useEffect, useState } from "react"
import { ProdutoCard } from "@/components/produto-card"
import { supabase, type Produto } from "@/lib/supabase"

export default function LojaPage() {
  const [produtos, setProdutos] = useState<any[]>([])

  useEffect(() => {
    const carregar = async () => {
      const { data } = await supabase.from<Produto>("produtos").select("*").order("nome")
      if (data) setProdutos(data)
    }
    carregar()
  }, [])

  return (
    <main className="p-8">
      <h1 className="text-3xl font-bold">Cerâmicas feitas à mão</h1>
      <h2 className="text-xl">Mais vendidos</h2>
      <div className="grid grid-cols-3 gap-6">
        {produtos.map((produto) => (
          <ProdutoCard key={produto.id} produto={produto} />
        ))}
      </div>
    </main>
  )
}

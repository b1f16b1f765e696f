"use client"

import { useEffect, useState } from "react"

type Encomenda = {
  id: string
  cliente_nome: string
  valor_total: number
  status: string
}

export function ShopOrdersBoard() {
  const [encomendas, setEncomendas] = useState<Encomenda[]>([])

  useEffect(() => {
    fetch("/api/encomendas")
      .then((r) => r.json())
      .then(setEncomendas)
  }, [])

  return (
    <section>
      <h2>Encomendas da loja</h2>
      <table>
        <tbody>
          {encomendas.map((encomenda) => (
            <tr key={encomenda.id}>
              <td>{encomenda.cliente_nome}</td>
              <td>{encomenda.status}</td>
              <td>R$ {encomenda.valor_total.toFixed(2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

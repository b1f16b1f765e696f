export function ProdutoCard({ produto }: { produto: { id: number; nome: string; preco: number } }) {
  return (
    <div className="rounded-lg border p-4">
      <h3>{produto.nome}</h3>
      <p>R$ {produto.preco.toFixed(2)}</p>
      <button>Adicionar ao carrinho</button>
    </div>
  )
}

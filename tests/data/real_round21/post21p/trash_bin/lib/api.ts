export interface Article {
  id: string
  name: string
  price: number
  deletedAt?: string
}

export async function fetchArticles(): Promise<Article[]> {
  const res = await fetch("/api/articles")
  return res.json()
}

export async function fetchDeletedArticles(): Promise<Article[]> {
  const res = await fetch("/api/articles?deleted=1")
  return res.json()
}

import Link from "next/link"

export default function Home() {
  return (
    <main>
      <h1>La Maison du Thé</h1>
      <Link href="/boutique">Voir la boutique</Link>
    </main>
  )
}

import Link from "next/link"

export default function Home() {
  return (
    <main>
      <h1>The Velvet Room</h1>
      <p>Live music every weekend.</p>
      <Link href="/shows">See what is on</Link>
    </main>
  )
}

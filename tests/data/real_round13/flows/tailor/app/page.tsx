import Link from "next/link"

export default function Home() {
  return (
    <main>
      <h1>Needle and Thread</h1>
      <p>Alterations and made-to-measure suits.</p>
      <Link href="/contact">Write to us</Link>
    </main>
  )
}

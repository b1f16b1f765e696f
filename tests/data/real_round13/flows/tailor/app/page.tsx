import Link from "next/link"

import { FirstCut } from "@/components/first-cut"

export default function Home() {
  return (
    <main>
      <h1>Needle and Thread</h1>
      <p>Alterations and made-to-measure suits.</p>
      <Link href="/contact">Write to us</Link>
      <FirstCut />
    </main>
  )
}

import { Newsletter } from "@/components/newsletter"

export default function Home() {
  return (
    <main>
      <h1>Green Thumb</h1>
      <Newsletter />
    </main>
  )
}

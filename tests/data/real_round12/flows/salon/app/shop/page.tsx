import { AskUs } from "@/components/shop/ask-us"

export default function Page() {
  return (
    <main>
      <h1>The shop</h1>
      <AskUs />
    </main>
  )
}

import { AskUs } from "@/components/studio/ask-us"

export default function Page() {
  return (
    <main>
      <h1>The studio</h1>
      <AskUs />
    </main>
  )
}

import { TillDrawer } from "@/components/till-drawer"

export default function TillPage() {
  return (
    <main>
      <h1>Till</h1>
      <TillDrawer />
    </main>
  )
}

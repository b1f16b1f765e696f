import { TrialForm } from "@/components/trial-form"

export default function Home() {
  return (
    <main>
      <h1>Studio Linden</h1>
      <TrialForm />
    </main>
  )
}

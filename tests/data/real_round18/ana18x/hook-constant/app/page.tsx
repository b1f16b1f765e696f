import { QuizForm } from "@/components/quiz-form"

export default function Home() {
  return (
    <main>
      <QuizForm />
    </main>
  )
}

import { SeatButton } from "@/components/seat-button"

export default function LessonsPage() {
  return (
    <main>
      <h1>Saturday lessons</h1>
      <SeatButton lessonId="sat-1" />
    </main>
  )
}

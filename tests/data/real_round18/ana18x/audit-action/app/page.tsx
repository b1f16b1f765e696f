import { ReviewDialog } from "@/components/review-dialog"

export default function Home() {
  return (
    <main>
      <ReviewDialog />
    </main>
  )
}

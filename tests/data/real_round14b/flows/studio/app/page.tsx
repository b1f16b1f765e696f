// written for the round 14b tests: a studio's one-page site
import { ReachUs } from "@/components/reach-us"

export default function Home() {
  return (
    <main>
      <ReachUs />
    </main>
  )
}

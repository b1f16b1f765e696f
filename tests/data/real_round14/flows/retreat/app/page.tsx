import { DepositStep } from "@/components/deposit-step"
import { PhotoWall } from "@/components/photo-wall"
import { RetreatOffer } from "@/components/retreat-offer"

export default function Home() {
  return (
    <main>
      <RetreatOffer />
      <DepositStep email="" />
      <PhotoWall />
    </main>
  )
}

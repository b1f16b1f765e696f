import { ArrivalRequest } from "@/components/arrival-request"
import { DepositStep } from "@/components/deposit-step"
import { PhotoWall } from "@/components/photo-wall"
import { RetreatOffer } from "@/components/retreat-offer"
import { StaffCourse } from "@/components/staff-course"
import { SupplierCard } from "@/components/supplier-card"
import { GrowerSignup } from "@/components/grower-offer"
import { FollowUs } from "@/components/follow-us"
import { TransferProof } from "@/components/transfer-proof"

export default function Home() {
  return (
    <main>
      <RetreatOffer />
      <DepositStep email="" />
      <ArrivalRequest />
      <StaffCourse />
      <SupplierCard />
      <GrowerSignup />
      <FollowUs />
      <TransferProof />
      <PhotoWall />
    </main>
  )
}

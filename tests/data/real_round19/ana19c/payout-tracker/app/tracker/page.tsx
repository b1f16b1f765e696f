import { PayoutBoard } from "@/components/payout-board"

export default function TrackerPage() {
  return <PayoutBoard />
}

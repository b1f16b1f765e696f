import { BuyerTable } from "@/components/buyer-table"

export default function BuyersPage() {
  return <BuyerTable buyers={[]} />
}

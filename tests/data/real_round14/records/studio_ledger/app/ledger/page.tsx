import { SalesTable } from "@/components/orders-table"

export default function LedgerPage() {
  return <SalesTable sales={[]} />
}

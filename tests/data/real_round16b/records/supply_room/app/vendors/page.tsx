import { VendorTable } from "@/components/vendor-table"

export default function VendorsPage() {
  return <VendorTable vendors={[]} />
}

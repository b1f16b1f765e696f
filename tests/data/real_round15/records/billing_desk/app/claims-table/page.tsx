import { ClaimsTable } from "@/components/claims-table"

export default function ClaimsTablePage() {
  return <ClaimsTable query="" />
}

import { StockPanel } from "@/components/stock-panel"
import { getTeas } from "@/lib/teas"

export default async function ReportPage() {
  const teas = await getTeas()
  return <StockPanel teas={teas} />
}

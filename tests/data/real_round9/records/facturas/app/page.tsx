import { InvoiceEditor } from "@/components/invoice-editor"

export default function Home() {
  return <InvoiceEditor />
}

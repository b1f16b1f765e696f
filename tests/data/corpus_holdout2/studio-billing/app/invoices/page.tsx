import { Download } from "lucide-react"
import { Button } from "@/components/ui/button"
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table"

const rows = [
  { invoice: "#1024", customer: "Bluebird Bakery", issued: "Jan 3, 2025", total: "$1,200.00", status: "Paid" },
  { invoice: "#1025", customer: "Northpeak Outdoors", issued: "Jan 9, 2025", total: "$3,450.00", status: "Unpaid" },
  { invoice: "#1026", customer: "Lumen Dental", issued: "Jan 15, 2025", total: "$860.00", status: "Overdue" },
]

export default function InvoicesPage() {
  return (
    <div className="p-8">
      <div className="mb-6 flex items-center justify-between">
        <h1 className="text-2xl font-bold">Billing</h1>
        <Button variant="outline"><Download className="mr-2 h-4 w-4" /> Export CSV</Button>
      </div>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>Invoice</TableHead>
            <TableHead>Customer</TableHead>
            <TableHead>Issued</TableHead>
            <TableHead>Status</TableHead>
            <TableHead className="text-right">Total</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.invoice}>
              <TableCell>{r.invoice}</TableCell>
              <TableCell>{r.customer}</TableCell>
              <TableCell>{r.issued}</TableCell>
              <TableCell>{r.status}</TableCell>
              <TableCell className="text-right">{r.total}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  )
}

import { Badge } from "@/components/ui/badge"
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table"
import { NewTicketSheet } from "@/components/new-ticket-sheet"
import { tickets } from "./data"

export default function TicketsPage() {
  return (
    <div className="space-y-4 p-6">
      <div className="flex items-center justify-between">
        <h1 className="text-xl font-semibold">Service desk</h1>
        <NewTicketSheet />
      </div>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>Key</TableHead>
            <TableHead>Title</TableHead>
            <TableHead>Severity</TableHead>
            <TableHead>Status</TableHead>
            <TableHead>Assignee</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {tickets.map((t) => (
            <TableRow key={t.key}>
              <TableCell className="font-mono text-xs">{t.key}</TableCell>
              <TableCell>{t.title}</TableCell>
              <TableCell><Badge variant={t.severity === "P1" || t.severity === "P2" ? "destructive" : "secondary"}>{t.severity}</Badge></TableCell>
              <TableCell>{t.status}</TableCell>
              <TableCell>{t.assignee ?? "—"}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  )
}

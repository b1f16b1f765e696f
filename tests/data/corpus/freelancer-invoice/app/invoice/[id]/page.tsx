import { Download, CreditCard } from "lucide-react"
import { Button } from "@/components/ui/button"
import { Separator } from "@/components/ui/separator"
import { Table, TableBody, TableCell, TableFooter, TableHead, TableHeader, TableRow } from "@/components/ui/table"

const invoice = {
  number: "0042",
  issued: "2024-06-01",
  due: "2024-06-15",
  from: { name: "Mara Lindqvist Design", email: "hello@maralindqvist.com", address: "Södermalmsallé 12, Stockholm" },
  billTo: { name: "Fjord Coffee Roasters AB", email: "accounts@fjordcoffee.se", address: "Hamngatan 3, Göteborg" },
  items: [
    { description: "Brand identity refresh", quantity: 1, rate: 2400 },
    { description: "Packaging design (3 SKUs)", quantity: 3, rate: 450 },
    { description: "Website hosting (12 months)", quantity: 12, rate: 20 },
  ],
  taxRate: 0.25,
  currency: "USD",
}

const money = (n: number) => n.toLocaleString("en-US", { style: "currency", currency: invoice.currency })

export default function InvoicePage() {
  const subtotal = invoice.items.reduce((s, i) => s + i.quantity * i.rate, 0)
  const tax = subtotal * invoice.taxRate
  const total = subtotal + tax

  return (
    <div className="mx-auto max-w-3xl bg-white p-10 shadow-sm print:shadow-none">
      <div className="flex items-start justify-between">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">Invoice #{invoice.number}</h1>
          <p className="mt-1 text-sm text-muted-foreground">Issued {invoice.issued} · Due {invoice.due}</p>
        </div>
        <div className="text-right text-sm">
          <p className="font-semibold">{invoice.from.name}</p>
          <p>{invoice.from.address}</p>
          <p>{invoice.from.email}</p>
        </div>
      </div>
      <Separator className="my-8" />
      <div className="text-sm">
        <p className="text-muted-foreground">Bill to</p>
        <p className="font-semibold">{invoice.billTo.name}</p>
        <p>{invoice.billTo.address}</p>
      </div>
      <Table className="mt-8">
        <TableHeader>
          <TableRow>
            <TableHead>Description</TableHead>
            <TableHead className="text-right">Qty</TableHead>
            <TableHead className="text-right">Rate</TableHead>
            <TableHead className="text-right">Amount</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {invoice.items.map((item) => (
            <TableRow key={item.description}>
              <TableCell>{item.description}</TableCell>
              <TableCell className="text-right">{item.quantity}</TableCell>
              <TableCell className="text-right">{money(item.rate)}</TableCell>
              <TableCell className="text-right">{money(item.quantity * item.rate)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
        <TableFooter>
          <TableRow>
            <TableCell colSpan={3}>Subtotal</TableCell>
            <TableCell className="text-right">{money(subtotal)}</TableCell>
          </TableRow>
          <TableRow>
            <TableCell colSpan={3}>VAT (25%)</TableCell>
            <TableCell className="text-right">{money(tax)}</TableCell>
          </TableRow>
          <TableRow>
            <TableCell colSpan={3} className="font-bold">Total due</TableCell>
            <TableCell className="text-right font-bold">{money(total)}</TableCell>
          </TableRow>
        </TableFooter>
      </Table>
      <div className="mt-10 flex justify-end gap-3 print:hidden">
        <Button variant="outline" onClick={() => window.print()}>
          <Download className="mr-2 h-4 w-4" /> Download PDF
        </Button>
        <Button asChild>
          <a href="https://buy.stripe.com/test_4gw5kQ0aZ3Yx9tS000">
            <CreditCard className="mr-2 h-4 w-4" /> Pay now
          </a>
        </Button>
      </div>
    </div>
  )
}

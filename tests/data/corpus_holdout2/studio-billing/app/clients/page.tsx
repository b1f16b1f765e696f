import { Mail, Phone } from "lucide-react"
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card"

const customers = [
  { company: "Bluebird Bakery", contactName: "Rosa Jiménez", email: "rosa@bluebirdbakery.com", phone: "+1 503 555 0177" },
  { company: "Northpeak Outdoors", contactName: "Sam Whitaker", email: "sam.w@northpeak.co", phone: "+1 208 555 0123" },
  { company: "Lumen Dental", contactName: "Dr. Priya Nair", email: "office@lumendental.com", phone: "+1 415 555 0190" },
]

export default function ClientsPage() {
  return (
    <div className="grid gap-4 p-8 md:grid-cols-3">
      {customers.map((c) => (
        <Card key={c.email}>
          <CardHeader><CardTitle>{c.company}</CardTitle></CardHeader>
          <CardContent className="space-y-1 text-sm">
            <p>{c.contactName}</p>
            <p className="flex items-center gap-2"><Mail className="h-4 w-4" /> {c.email}</p>
            <p className="flex items-center gap-2"><Phone className="h-4 w-4" /> {c.phone}</p>
          </CardContent>
        </Card>
      ))}
    </div>
  )
}

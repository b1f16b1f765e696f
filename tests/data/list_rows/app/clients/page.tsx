import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card"
import { clients } from "@/lib/clients"

export default function ClientsPage() {
  return (
    <div className="container max-w-3xl py-12">
      <Card>
        <CardHeader>
          <CardTitle>Clients</CardTitle>
        </CardHeader>
        <CardContent className="divide-y">
          {clients.map((client) => (
            <div key={client.id} className="flex items-center justify-between py-4">
              <div>
                <p className="font-medium">{client.name}</p>
                <p className="text-sm text-muted-foreground">{client.company} · {client.email}</p>
              </div>
              <a href={`mailto:${client.email}`}>{client.phone}</a>
            </div>
          ))}
        </CardContent>
      </Card>
    </div>
  )
}

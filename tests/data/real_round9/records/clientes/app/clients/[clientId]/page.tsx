// One client's page: the heading shows the client's name, a card below how to reach them.
import { Card, CardHeader, CardTitle, CardContent } from "@/components/ui/card"

export default function ClientPage() {
  const client = {
    fullName: "Marta Ruiz",
    email: "marta@example.com",
    phone: "+34 600 000 000",
    city: "Valencia",
  }
  return (
    <main>
      <h1>{client.fullName}</h1>
      <Card>
        <CardHeader>
          <CardTitle>How to reach her</CardTitle>
        </CardHeader>
        <CardContent>
          <p>{client.email}</p>
          <p>{client.phone}</p>
          <p>{client.city}</p>
        </CardContent>
      </Card>
    </main>
  )
}

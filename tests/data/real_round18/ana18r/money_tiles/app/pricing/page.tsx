import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card"

export default function PricingPage() {
  return (
    <main>
      <h1>Memberships</h1>
      <div className="grid grid-cols-3 gap-4">
        <Card>
          <CardHeader>
            <CardTitle>Day Pass</CardTitle>
          </CardHeader>
          <CardContent>
            <p className="text-2xl font-bold">€12</p>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Monthly</CardTitle>
          </CardHeader>
          <CardContent>
            <p className="text-2xl font-bold">€49</p>
          </CardContent>
        </Card>
      </div>
    </main>
  )
}

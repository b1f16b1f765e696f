import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card"

export default function FinancePage() {
  return (
    <main>
      <h1>Finance</h1>
      <div className="grid grid-cols-3 gap-4">
        <Card>
          <CardHeader>
            <CardTitle>Total Income (this month)</CardTitle>
          </CardHeader>
          <CardContent>
            <p className="text-2xl font-bold">€18,200</p>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Total Costs (this month)</CardTitle>
          </CardHeader>
          <CardContent>
            <p className="text-2xl font-bold">€11,900</p>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Margin</CardTitle>
          </CardHeader>
          <CardContent>
            <p className="text-2xl font-bold">€6,300</p>
          </CardContent>
        </Card>
      </div>
    </main>
  )
}

import { Card, CardHeader, CardTitle, CardContent } from "@/components/ui/card"
import { Progress } from "@/components/ui/progress"

export default function MonthlyReport() {
  return (
    <div>
      <div className="grid grid-cols-3 gap-4">
        <Card>
          <CardHeader><CardTitle>Umsatz gesamt</CardTitle></CardHeader>
          <CardContent><p className="text-3xl">€ 18.400</p><p>März</p></CardContent>
        </Card>
        <Card>
          <CardHeader><CardTitle>Neue Mitglieder</CardTitle></CardHeader>
          <CardContent><p className="text-3xl">27</p><p>März</p></CardContent>
        </Card>
      </div>
      <Card>
        <CardHeader><CardTitle>Tarife im Vergleich</CardTitle></CardHeader>
        <CardContent>
          <table><tbody><tr><td>Basis</td><td>€ 29</td></tr><tr><td>Plus</td><td>€ 49</td></tr></tbody></table>
        </CardContent>
      </Card>
      <div>
        <h4>Bonus für volle Kurse</h4>
        <p>Sie erhalten € 40 zusätzlich für jeden Kurs, der im Monat ganz ausgebucht ist.</p>
        <Progress value={60} />
      </div>
      <div>
        <h4>Bonus für Bewertungen</h4>
        <p>Für jede Fünf-Sterne-Bewertung Ihrer Stunden schreiben wir Ihnen € 5 gut, ohne Obergrenze.</p>
      </div>
      <div className="grid grid-cols-2 gap-4">
        <div>
          <h3>Monatskarte</h3>
          <p className="text-2xl">€ 59</p>
          <button>Kaufen</button>
        </div>
        <div>
          <h3>Jahreskarte</h3>
          <p className="text-2xl">€ 590</p>
          <button>Kaufen</button>
        </div>
      </div>
    </div>
  )
}

// the guard: one occasion with its date, hour and place stays an event
import { MapPin } from "lucide-react"

export default function Konzert() {
  return (
    <section>
      <div>
        <h2>Sommerkonzert im Park</h2>
        <p>June 21, 2025 · 7:30 PM</p>
        <p>
          <MapPin /> Stadtpark, Köln
        </p>
      </div>
    </section>
  )
}

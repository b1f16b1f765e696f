import { MapPin } from "lucide-react"

export default function GalaPage() {
  return (
    <main>
      <div className="rounded border p-4">
        <h3>Harbour Lights Gala</h3>
        <p>
          <MapPin /> Lisbon, Portugal
        </p>
        <p>March 3, 2026 at 7:30 PM</p>
      </div>
    </main>
  )
}

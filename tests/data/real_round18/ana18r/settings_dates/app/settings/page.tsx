import { MapPin } from "lucide-react"

export default function SettingsPage() {
  return (
    <main>
      <h1>Account settings</h1>
      <div className="rounded border p-4">
        <h3>Signed-in devices</h3>
        <p>
          <MapPin /> Lisbon, Portugal
        </p>
        <p>March 3, 2026 at 9:15 AM · Firefox on Linux</p>
      </div>
    </main>
  )
}

"use client"
import { Button } from "@/components/ui/button"

export default function Incidents() {
  return (
    <form onSubmit={(e) => e.preventDefault()}>
      <h2>Report a damaged parcel</h2>
      <label htmlFor="when">Date</label>
      <input id="when" type="date" />
      <label htmlFor="tracking">Parcel number</label>
      <input id="tracking" type="text" />
      <label htmlFor="what">What happened</label>
      <textarea id="what" />
      <Button type="submit">Send report</Button>
    </form>
  )
}

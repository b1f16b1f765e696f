import { Camera } from "lucide-react"
import { GearGrid } from "@/components/gear-grid"
import { RentalRequest } from "@/components/rental-request"

export default function Page() {
  return (
    <main className="container space-y-16 py-12">
      <header className="flex items-center gap-3">
        <Camera className="h-8 w-8" />
        <div>
          <h1 className="text-3xl font-bold">Lumen Rentals</h1>
          <p className="text-muted-foreground">Pro camera, lens and lighting rentals in Brooklyn.</p>
        </div>
      </header>
      <section>
        <h2 className="mb-6 text-xl font-semibold">Our kit</h2>
        <GearGrid />
      </section>
      <section>
        <RentalRequest />
      </section>
    </main>
  )
}

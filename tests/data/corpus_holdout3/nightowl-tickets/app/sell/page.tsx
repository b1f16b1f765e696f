import { BarChart3, CreditCard, Users } from "lucide-react"
import { OrganizerForm } from "@/components/organizer-form"
import { SiteFooter } from "@/components/site-footer"
import { SiteHeader } from "@/components/site-header"

const perks = [
  { icon: CreditCard, title: "Fast payouts", description: "Get paid within 3 business days of your event." },
  { icon: Users, title: "Reach new fans", description: "Over 200,000 music and comedy fans browse NightOwl every month." },
  { icon: BarChart3, title: "Live sales data", description: "Watch ticket sales and check-ins in real time." },
]

export default function SellPage() {
  return (
    <div className="flex min-h-screen flex-col">
      <SiteHeader />
      <main className="container flex-1 py-12">
        <div className="grid gap-12 lg:grid-cols-2">
          <div className="space-y-6">
            <h1 className="text-4xl font-bold tracking-tight">Sell tickets with NightOwl</h1>
            <p className="text-lg text-muted-foreground">
              Promoters, venues and independent artists use NightOwl to sell out their shows. Tell us about your event
              and our partnerships team will be in touch within one business day.
            </p>
            <div className="space-y-4">
              {perks.map((perk) => (
                <div key={perk.title} className="flex gap-4">
                  <perk.icon className="h-6 w-6 shrink-0 text-primary" />
                  <div>
                    <h3 className="font-semibold">{perk.title}</h3>
                    <p className="text-sm text-muted-foreground">{perk.description}</p>
                  </div>
                </div>
              ))}
            </div>
          </div>
          <OrganizerForm />
        </div>
      </main>
      <SiteFooter />
    </div>
  )
}

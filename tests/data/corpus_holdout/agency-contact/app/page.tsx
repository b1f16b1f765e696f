import { ArrowUpRight } from "lucide-react"
import { ContactForm } from "@/components/contact-form"
import { Footer } from "@/components/footer"

const services = [
  { name: "Brand sprint", blurb: "Two weeks from fuzzy idea to a brand you can ship.", from: "$6,000" },
  { name: "Marketing site", blurb: "Next.js + a CMS your team will actually use.", from: "$14,000" },
  { name: "Design partner retainer", blurb: "A senior designer embedded two days a week.", from: "$5,500/mo" },
]

export default function Home() {
  return (
    <>
      <main className="mx-auto max-w-6xl px-6">
        <section className="py-24">
          <h1 className="max-w-3xl text-6xl font-semibold tracking-tight">We design websites that founders stop apologizing for.</h1>
        </section>
        <section className="grid gap-px overflow-hidden rounded-xl border bg-border md:grid-cols-3">
          {services.map((s) => (
            <article key={s.name} className="bg-background p-8">
              <h2 className="flex items-center justify-between text-xl font-medium">
                {s.name} <ArrowUpRight className="h-5 w-5" />
              </h2>
              <p className="mt-2 text-muted-foreground">{s.blurb}</p>
              <p className="mt-6 text-sm">from <span className="font-semibold">{s.from}</span></p>
            </article>
          ))}
        </section>
        <section id="contact" className="grid gap-12 py-24 md:grid-cols-2">
          <div>
            <h2 className="text-4xl font-semibold">Tell us about your project</h2>
            <p className="mt-4 text-muted-foreground">We reply within one working day. No sales scripts.</p>
          </div>
          <ContactForm />
        </section>
      </main>
      <Footer />
    </>
  )
}

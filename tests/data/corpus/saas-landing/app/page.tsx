import Link from "next/link"
import { ArrowRight, Zap, Shield, BarChart3, Workflow } from "lucide-react"
import { Button } from "@/components/ui/button"
import { Pricing } from "@/components/pricing"
import { NewsletterSignup } from "@/components/newsletter-signup"
import { Testimonials } from "@/components/testimonials"

const features = [
  {
    icon: Zap,
    title: "Instant automations",
    description: "Build flows in minutes with a visual editor and 200+ integrations.",
  },
  {
    icon: Shield,
    title: "Enterprise-grade security",
    description: "SOC 2 Type II, SSO and audit logs on every plan.",
  },
  {
    icon: BarChart3,
    title: "Insights that matter",
    description: "See where time goes and which automations save the most hours.",
  },
  {
    icon: Workflow,
    title: "Branching logic",
    description: "Conditions, loops and approvals without writing a line of code.",
  },
]

export default function Home() {
  return (
    <div className="flex min-h-screen flex-col">
      <header className="sticky top-0 z-50 w-full border-b bg-background/95 backdrop-blur">
        <div className="container flex h-14 items-center justify-between">
          <Link href="/" className="flex items-center gap-2 font-bold">
            <Workflow className="h-5 w-5 text-primary" />
            Flowbase
          </Link>
          <nav className="hidden gap-6 text-sm md:flex">
            <Link href="#features">Features</Link>
            <Link href="#pricing">Pricing</Link>
            <Link href="#testimonials">Customers</Link>
          </nav>
          <Button asChild size="sm">
            <Link href="/signup">Start free</Link>
          </Button>
        </div>
      </header>
      <main className="flex-1">
        <section className="container flex flex-col items-center gap-6 py-24 text-center">
          <h1 className="text-4xl font-extrabold tracking-tight sm:text-6xl">
            Automate your team&apos;s busywork
          </h1>
          <p className="max-w-2xl text-lg text-muted-foreground">
            Flowbase connects the tools you already use and runs the repetitive work for you.
          </p>
          <div className="flex gap-4">
            <Button size="lg" asChild>
              <Link href="/signup">
                Get started <ArrowRight className="ml-2 h-4 w-4" />
              </Link>
            </Button>
            <Button size="lg" variant="outline" asChild>
              <Link href="/demo">Book a demo</Link>
            </Button>
          </div>
        </section>
        <section id="features" className="container grid gap-8 py-16 md:grid-cols-2 lg:grid-cols-4">
          {features.map((feature) => (
            <div key={feature.title} className="rounded-lg border p-6">
              <feature.icon className="mb-4 h-8 w-8 text-primary" />
              <h3 className="font-semibold">{feature.title}</h3>
              <p className="mt-2 text-sm text-muted-foreground">{feature.description}</p>
            </div>
          ))}
        </section>
        <Pricing />
        <Testimonials />
        <NewsletterSignup />
      </main>
      <footer className="border-t py-6 text-center text-sm text-muted-foreground">
        © 2024 Flowbase, Inc. All rights reserved.
      </footer>
    </div>
  )
}

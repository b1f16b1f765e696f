import { Orbit, Sparkles } from "lucide-react"
import { WaitlistForm } from "@/components/waitlist-form"

const faqs = [
  { q: "When does Orbit launch?", a: "We're onboarding teams in waves through spring." },
  { q: "How much will it cost?", a: "Free while in beta. Paid plans come later, with notice." },
]

export default function Page() {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-10 bg-black px-6 text-white">
      <Orbit className="h-12 w-12" />
      <div className="text-center">
        <h1 className="text-5xl font-bold">Your team&apos;s calendar, finally sane.</h1>
        <p className="mt-4 flex items-center justify-center gap-2 text-zinc-400"><Sparkles className="h-4 w-4" /> Join 3,200 people on the waitlist</p>
      </div>
      <WaitlistForm />
      <dl className="max-w-lg space-y-4 text-sm">
        {faqs.map((f) => (
          <div key={f.q}>
            <dt className="font-medium">{f.q}</dt>
            <dd className="text-zinc-400">{f.a}</dd>
          </div>
        ))}
      </dl>
    </main>
  )
}

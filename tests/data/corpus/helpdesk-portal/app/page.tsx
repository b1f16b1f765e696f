import Link from "next/link"
import { BookOpen, LifeBuoy, MessageSquare, Search } from "lucide-react"
import { Accordion, AccordionContent, AccordionItem, AccordionTrigger } from "@/components/ui/accordion"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"

const faqs = [
  {
    question: "How do I reset my password?",
    answer: "Go to Settings → Security and choose “Reset password”. We'll email you a link.",
  },
  {
    question: "Can I change my billing plan mid-cycle?",
    answer: "Yes. Upgrades apply immediately and are prorated; downgrades apply at renewal.",
  },
  {
    question: "Where can I download invoices?",
    answer: "Admins can download every invoice from Billing → History.",
  },
]

export default function SupportHome() {
  return (
    <main className="min-h-screen">
      <section className="bg-slate-900 py-20 text-center text-white">
        <LifeBuoy className="mx-auto h-10 w-10" />
        <h1 className="mt-4 text-4xl font-bold">How can we help?</h1>
        <div className="mx-auto mt-8 flex max-w-lg items-center gap-2 rounded-lg bg-white p-1">
          <Search className="ml-2 h-5 w-5 text-slate-400" />
          <Input className="border-0 text-slate-900 focus-visible:ring-0" placeholder="Search articles…" />
        </div>
      </section>
      <section className="container grid gap-6 py-12 md:grid-cols-3">
        <Link href="/docs" className="rounded-lg border p-6 hover:bg-muted">
          <BookOpen className="h-6 w-6" />
          <h2 className="mt-3 font-semibold">Knowledge base</h2>
          <p className="text-sm text-muted-foreground">Guides and how-tos for every feature.</p>
        </Link>
        <Link href="/new" className="rounded-lg border p-6 hover:bg-muted">
          <MessageSquare className="h-6 w-6" />
          <h2 className="mt-3 font-semibold">Submit a request</h2>
          <p className="text-sm text-muted-foreground">Our team replies within one business day.</p>
        </Link>
        <Link href="/tickets" className="rounded-lg border p-6 hover:bg-muted">
          <LifeBuoy className="h-6 w-6" />
          <h2 className="mt-3 font-semibold">My requests</h2>
          <p className="text-sm text-muted-foreground">Follow up on requests you opened.</p>
        </Link>
      </section>
      <section className="container max-w-3xl pb-24">
        <h2 className="mb-4 text-2xl font-semibold">Frequently asked questions</h2>
        <Accordion type="single" collapsible>
          {faqs.map((faq, i) => (
            <AccordionItem key={i} value={`faq-${i}`}>
              <AccordionTrigger>{faq.question}</AccordionTrigger>
              <AccordionContent>{faq.answer}</AccordionContent>
            </AccordionItem>
          ))}
        </Accordion>
        <div className="mt-10 text-center">
          <Button asChild>
            <Link href="/new">Still stuck? Contact support</Link>
          </Button>
        </div>
      </section>
    </main>
  )
}

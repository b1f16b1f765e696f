import Link from "next/link"
import { Newspaper, Users } from "lucide-react"
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card"
import { SubscribeForm } from "@/components/subscribe-form"

const pastIssues = [
  { number: 87, title: "The quiet power of boring technology", date: "2024-05-30", readTime: "6 min" },
  { number: 86, title: "Why your roadmap is a wish list", date: "2024-05-23", readTime: "5 min" },
  { number: 85, title: "Hiring your first designer", date: "2024-05-16", readTime: "8 min" },
]

export default function Home() {
  return (
    <main className="mx-auto flex min-h-screen max-w-3xl flex-col gap-16 px-6 py-24">
      <section className="space-y-6">
        <div className="flex items-center gap-2 text-sm font-medium text-orange-600">
          <Newspaper className="h-4 w-4" /> The Friday Build
        </div>
        <h1 className="text-5xl font-bold leading-tight tracking-tight">
          One sharp essay on building products, every Friday.
        </h1>
        <p className="text-lg text-muted-foreground">
          Practical lessons from founders and product leads. Five minutes to read, free forever.
        </p>
        <SubscribeForm />
        <p className="flex items-center gap-2 text-sm text-muted-foreground">
          <Users className="h-4 w-4" /> Join 12,400 product people. Unsubscribe in one click.
        </p>
      </section>
      <section className="space-y-4">
        <h2 className="text-xl font-semibold">Recent issues</h2>
        {pastIssues.map((issue) => (
          <Link key={issue.number} href={`/issues/${issue.number}`}>
            <Card className="transition-colors hover:bg-muted/50">
              <CardHeader>
                <CardTitle className="text-lg">
                  #{issue.number} · {issue.title}
                </CardTitle>
                <CardDescription>
                  {issue.date} · {issue.readTime} read
                </CardDescription>
              </CardHeader>
            </Card>
          </Link>
        ))}
      </section>
    </main>
  )
}

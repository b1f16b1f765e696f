import Link from "next/link"
import { Check } from "lucide-react"
import { Badge } from "@/components/ui/badge"
import { Button } from "@/components/ui/button"
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card"

export function Pricing() {
  return (
    <section id="pricing" className="container py-24">
      <div className="mx-auto mb-12 max-w-2xl text-center">
        <h2 className="text-3xl font-bold tracking-tight">Simple, transparent pricing</h2>
        <p className="mt-4 text-muted-foreground">Start free. Upgrade when your team is ready.</p>
      </div>
      <div className="grid gap-8 md:grid-cols-3">
        <Card>
          <CardHeader>
            <CardTitle>Starter</CardTitle>
            <CardDescription>For individuals trying things out.</CardDescription>
          </CardHeader>
          <CardContent className="space-y-4">
            <div className="text-4xl font-bold">
              $0<span className="text-base font-normal text-muted-foreground">/month</span>
            </div>
            <ul className="space-y-2 text-sm">
              <li className="flex items-center gap-2"><Check className="h-4 w-4" /> 100 runs per month</li>
              <li className="flex items-center gap-2"><Check className="h-4 w-4" /> 5 active flows</li>
              <li className="flex items-center gap-2"><Check className="h-4 w-4" /> Community support</li>
            </ul>
          </CardContent>
          <CardFooter>
            <Button variant="outline" className="w-full" asChild>
              <Link href="/signup">Get started</Link>
            </Button>
          </CardFooter>
        </Card>
        <Card className="border-primary shadow-lg">
          <CardHeader>
            <div className="flex items-center justify-between">
              <CardTitle>Pro</CardTitle>
              <Badge>Most popular</Badge>
            </div>
            <CardDescription>For growing teams that automate daily.</CardDescription>
          </CardHeader>
          <CardContent className="space-y-4">
            <div className="text-4xl font-bold">
              $29<span className="text-base font-normal text-muted-foreground">/month</span>
            </div>
            <ul className="space-y-2 text-sm">
              <li className="flex items-center gap-2"><Check className="h-4 w-4" /> 10,000 runs per month</li>
              <li className="flex items-center gap-2"><Check className="h-4 w-4" /> Unlimited flows</li>
              <li className="flex items-center gap-2"><Check className="h-4 w-4" /> Email support</li>
            </ul>
          </CardContent>
          <CardFooter>
            <Button className="w-full" asChild>
              <Link href="/signup?plan=pro">Start 14-day trial</Link>
            </Button>
          </CardFooter>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Enterprise</CardTitle>
            <CardDescription>For organizations with advanced needs.</CardDescription>
          </CardHeader>
          <CardContent className="space-y-4">
            <div className="text-4xl font-bold">Custom</div>
            <ul className="space-y-2 text-sm">
              <li className="flex items-center gap-2"><Check className="h-4 w-4" /> Unlimited runs</li>
              <li className="flex items-center gap-2"><Check className="h-4 w-4" /> SSO &amp; SCIM</li>
              <li className="flex items-center gap-2"><Check className="h-4 w-4" /> Dedicated success manager</li>
            </ul>
          </CardContent>
          <CardFooter>
            <Button variant="outline" className="w-full" asChild>
              <Link href="/contact-sales">Contact sales</Link>
            </Button>
          </CardFooter>
        </Card>
      </div>
    </section>
  )
}

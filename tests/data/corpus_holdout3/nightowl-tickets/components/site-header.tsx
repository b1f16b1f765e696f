import Link from "next/link"
import { Ticket } from "lucide-react"
import { Button } from "@/components/ui/button"

export function SiteHeader() {
  return (
    <header className="sticky top-0 z-40 border-b bg-background/95 backdrop-blur supports-[backdrop-filter]:bg-background/60">
      <div className="container flex h-16 items-center justify-between">
        <Link href="/" className="flex items-center gap-2 font-bold">
          <Ticket className="h-6 w-6 text-primary" />
          <span className="text-xl">NightOwl</span>
        </Link>
        <nav className="flex items-center gap-6 text-sm font-medium">
          <Link href="/" className="transition-colors hover:text-primary">
            Events
          </Link>
          <Link href="/sell" className="transition-colors hover:text-primary">
            Sell Tickets
          </Link>
          <Button size="sm" variant="outline">
            Sign In
          </Button>
        </nav>
      </div>
    </header>
  )
}

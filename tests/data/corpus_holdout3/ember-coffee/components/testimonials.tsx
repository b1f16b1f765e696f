import { Star } from "lucide-react"
import { Avatar, AvatarFallback } from "@/components/ui/avatar"
import { Card, CardContent } from "@/components/ui/card"

const testimonials = [
  {
    name: "Priya S.",
    location: "Portland, OR",
    quote: "The Yirgacheffe is the best light roast I've had outside of Addis. Arrived two days after roasting.",
    rating: 5,
  },
  {
    name: "Marcus T.",
    location: "Austin, TX",
    quote: "House Espresso has become our morning ritual. Rich, sweet and never bitter.",
    rating: 5,
  },
  {
    name: "Elena R.",
    location: "Chicago, IL",
    quote: "Finally a decaf that actually tastes like coffee.",
    rating: 4,
  },
]

export function Testimonials() {
  return (
    <section className="bg-amber-50/60 py-16">
      <div className="container">
        <h2 className="mb-8 text-center text-3xl font-bold tracking-tight">What Our Customers Say</h2>
        <div className="grid gap-6 md:grid-cols-3">
          {testimonials.map((t) => (
            <Card key={t.name}>
              <CardContent className="space-y-4 p-6">
                <div className="flex gap-0.5">
                  {Array.from({ length: t.rating }).map((_, i) => (
                    <Star key={i} className="h-4 w-4 fill-amber-500 text-amber-500" />
                  ))}
                </div>
                <p className="text-sm leading-relaxed">&ldquo;{t.quote}&rdquo;</p>
                <div className="flex items-center gap-3">
                  <Avatar>
                    <AvatarFallback>{t.name.charAt(0)}</AvatarFallback>
                  </Avatar>
                  <div>
                    <p className="text-sm font-medium">{t.name}</p>
                    <p className="text-xs text-muted-foreground">{t.location}</p>
                  </div>
                </div>
              </CardContent>
            </Card>
          ))}
        </div>
      </div>
    </section>
  )
}

import { Avatar, AvatarFallback, AvatarImage } from "@/components/ui/avatar"
import { Card, CardContent } from "@/components/ui/card"

const testimonials = [
  {
    name: "Priya Raman",
    role: "Head of Ops, Lumen",
    avatar: "/avatars/priya.jpg",
    quote: "We cut our weekly reporting from six hours to ten minutes.",
  },
  {
    name: "Marcus Feld",
    role: "CTO, Harbor",
    avatar: "/avatars/marcus.jpg",
    quote: "The branching logic replaced three internal scripts we hated maintaining.",
  },
  {
    name: "Sofia Alvarez",
    role: "Founder, Pastel Studio",
    avatar: "/avatars/sofia.jpg",
    quote: "Onboarding new clients is now a single click.",
  },
]

export function Testimonials() {
  return (
    <section id="testimonials" className="container py-24">
      <h2 className="mb-12 text-center text-3xl font-bold">Loved by busy teams</h2>
      <div className="grid gap-6 md:grid-cols-3">
        {testimonials.map((t) => (
          <Card key={t.name}>
            <CardContent className="space-y-4 pt-6">
              <p className="text-sm leading-relaxed">&ldquo;{t.quote}&rdquo;</p>
              <div className="flex items-center gap-3">
                <Avatar>
                  <AvatarImage src={t.avatar} alt={t.name} />
                  <AvatarFallback>{t.name[0]}</AvatarFallback>
                </Avatar>
                <div>
                  <p className="text-sm font-medium">{t.name}</p>
                  <p className="text-xs text-muted-foreground">{t.role}</p>
                </div>
              </div>
            </CardContent>
          </Card>
        ))}
      </div>
    </section>
  )
}

import Image from "next/image"

const speakers = [
  { name: "Hannah Weiss", title: "Principal Engineer, Vercel", photo: "/speakers/hannah.jpg", talk: "Streaming everything" },
  { name: "Tomás Rivera", title: "Staff Engineer, Shopify", photo: "/speakers/tomas.jpg", talk: "Hydration without tears" },
  { name: "Aiko Tanaka", title: "Design Engineer, Linear", photo: "/speakers/aiko.jpg", talk: "Motion that means something" },
  { name: "Kwame Mensah", title: "Founder, Edgebase", photo: "/speakers/kwame.jpg", talk: "Databases at the edge, honestly" },
]

export function Speakers() {
  return (
    <section className="container py-20">
      <h2 className="mb-10 text-3xl font-bold">Speakers</h2>
      <div className="grid gap-8 sm:grid-cols-2 lg:grid-cols-4">
        {speakers.map((s) => (
          <div key={s.name} className="space-y-3">
            <Image src={s.photo} alt={s.name} width={320} height={320} className="rounded-xl object-cover" />
            <div>
              <h3 className="font-semibold">{s.name}</h3>
              <p className="text-sm text-muted-foreground">{s.title}</p>
              <p className="mt-1 text-sm italic">“{s.talk}”</p>
            </div>
          </div>
        ))}
      </div>
    </section>
  )
}

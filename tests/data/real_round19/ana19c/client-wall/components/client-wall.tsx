import { clientShots } from "@/data/clients"

export function ClientWall() {
  return (
    <section id="clients">
      <h2>Our clients</h2>
      <div className="flex gap-2">
        {clientShots.map((client) => (
          <figure key={client.id}>
            <img src={client.image} alt={client.name} data-anim={client.image.endsWith(".gif")} />
            <figcaption>{client.caption}</figcaption>
          </figure>
        ))}
      </div>
    </section>
  )
}

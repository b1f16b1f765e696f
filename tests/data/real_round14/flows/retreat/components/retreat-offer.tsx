import offer from "@/data/retreat-offer.json"

export function RetreatOffer() {
  const { heading, seat } = offer
  return (
    <section>
      <h2>{heading}</h2>
      <p>Two nights in the hut, all classes and meals.</p>
      <button onClick={() => window.open(seat.address, "_blank")}>{seat.caption}</button>
    </section>
  )
}

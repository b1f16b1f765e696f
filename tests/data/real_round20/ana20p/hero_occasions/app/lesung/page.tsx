export default function LesungPage() {
  return (
    <section>
      <div>
        <h2>Lesung im Hinterhof</h2>
        <p>Am 3. Oktober 2026, ab 20 Uhr</p>
        <button>Platz sichern</button>
      </div>
    </section>
  )
}

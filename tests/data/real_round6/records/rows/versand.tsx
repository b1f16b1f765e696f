// a shipping page: each row a way to deliver, its fee and its transit time in working days
export default function Versand() {
  return (
    <section>
      <h2>Versand innerhalb Deutschlands</h2>
      <div>
        <div className="row">
          <h3>DHL Paket</h3>
          <p>4,90 € · 2-3 Werktage</p>
        </div>
        <div className="row">
          <h3>DHL Express</h3>
          <p>12,90 € · 1 Werktag</p>
        </div>
      </div>
      <h2>Envíos a España</h2>
      <div>
        <div className="row">
          <h3>Correos Estándar</h3>
          <p>8,50 € · 5-7 días hábiles</p>
        </div>
      </div>
    </section>
  )
}

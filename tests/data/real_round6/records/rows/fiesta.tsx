// one festival's facts as a row of tiles: date, place, hours and the entry fee
export default function Fiesta() {
  return (
    <section>
      <h1>Fiesta del Barrio</h1>
      <div className="grid">
        <div className="tile">
          <h3>FECHA</h3>
          <p>14 de septiembre de 2025</p>
        </div>
        <div className="tile">
          <h3>LUGAR</h3>
          <p>Plaza Mayor, Salamanca</p>
        </div>
        <div className="tile">
          <h3>PRECIO</h3>
          <p>$150</p>
        </div>
      </div>
    </section>
  )
}

// A Spanish developer's landing page: a hero with a figure of size, and a page of delivery rates.
export function Portada() {
  return (
    <section>
      <div>
        <h1>Construimos barrios enteros</h1>
        <div className="text-2xl font-bold">$2.5B+</div>
        <p>invertidos</p>
      </div>
    </section>
  )
}

export function Envios() {
  return (
    <section>
      <h2>Opciones de envío</h2>
      <ul>
        <li>Estándar (5-7 días) - $4.99</li>
        <li>Exprés (2 días) - $9.99</li>
      </ul>
    </section>
  )
}

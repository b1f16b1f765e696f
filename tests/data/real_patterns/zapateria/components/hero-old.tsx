export function HeroOld() {
  const oferta = [{ nombre: "Pack Invierno", precio: 199 }]
  return (
    <div>
      {oferta.map((o) => (
        <div key={o.nombre}><h3>{o.nombre}</h3><span>€{o.precio}</span></div>
      ))}
    </div>
  )
}

"use client"
const textos = {
  es: { planes: [{ title: "Básico", price: "€9/mes" }, { title: "Viajero", price: "€19/mes" }] },
  en: { planes: [{ title: "Basic", price: "€9/month" }, { title: "Traveller", price: "€19/month" }] },
}

export function Planes({ lang = "es" }: { lang?: "es" | "en" }) {
  return (
    <section>
      {textos[lang].planes.map((p) => (
        <div key={p.title}><h3>{p.title}</h3><span>{p.price}</span></div>
      ))}
    </section>
  )
}

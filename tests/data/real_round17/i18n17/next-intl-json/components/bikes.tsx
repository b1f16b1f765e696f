import { useTranslations } from "next-intl"

export function Bikes() {
  const t = useTranslations()
  const bikes = [
    { id: 1, name: t("Shop.bike1"), price: 649.9 },
    { id: 2, name: t("Shop.bike2"), price: 1190.5 },
  ]
  return (
    <section>
      <h2>{t("Shop.title")}</h2>
      {bikes.map((bike) => (
        <article key={bike.id}>
          <h3>{bike.name}</h3>
          <p>{bike.price} €</p>
          <button>In den Warenkorb</button>
        </article>
      ))}
    </section>
  )
}

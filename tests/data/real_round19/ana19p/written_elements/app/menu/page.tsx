import { DishCard } from "@/components/dish-card"

export default function MenuPage() {
  return (
    <main>
      <h1>Our kitchen</h1>
      <div className="grid grid-cols-3 gap-4">
        <DishCard name="Lentil Soup" price="€6.50" blurb="Red lentils, cumin and lemon" />
        <DishCard name="Grilled Halloumi" price="€9.00" blurb="With mint and watermelon" />
        <DishCard name="Fig Tart" price={7} blurb="Baked every morning" />
      </div>
    </main>
  )
}

"use client"
import { useState } from "react"
import { Button } from "@/components/ui/button"

const boats = [
  { name: "Skiff 4", price: "41 000", blurb: "Четверо на борту" },
  { name: "Skiff 6", price: "57 500", blurb: "Шестеро на борту" },
]

export default function Boats() {
  const [chosen, setChosen] = useState<string | null>(null)
  return (
    <>
      <section>
        <h2>Наші човни</h2>
        {boats.map((boat) => (
          <div key={boat.name}>
            <h3>{boat.name}</h3>
            <p>{boat.blurb}</p>
            <span>{boat.price}</span> <span>грн</span>
            <Button onClick={() => setChosen(boat.name)}>Замовити</Button>
          </div>
        ))}
      </section>
      {chosen && (
        <div className="fixed inset-0">
          <h3>Замовлення {chosen}</h3>
          <form>
            <label>Ім'я</label>
            <input type="text" placeholder="Ваше ім'я" />
            <label>Телефон</label>
            <input type="tel" placeholder="+380" />
            <Button type="submit">Відправити замовлення</Button>
          </form>
        </div>
      )}
    </>
  )
}

const menu = {
  Antipasti: [
    { name: "Burrata con pomodorini", description: "Apulian burrata, confit cherry tomatoes, basil oil", price: "€14" },
    { name: "Carciofi alla giudia", description: "Crispy fried artichokes, lemon", price: "€12" },
  ],
  Primi: [
    { name: "Cacio e pepe", description: "Tonnarelli, Pecorino Romano, black pepper", price: "€16" },
    { name: "Rigatoni all'amatriciana", description: "Guanciale, tomato, Pecorino", price: "€17" },
  ],
  Dolci: [
    { name: "Tiramisù della casa", description: "Savoiardi, mascarpone, espresso", price: "€8" },
  ],
}

export function MenuSection() {
  return (
    <section id="menu" className="mx-auto max-w-4xl px-6 py-20">
      <h2 className="mb-12 text-center font-serif text-4xl">Il Menù</h2>
      {Object.entries(menu).map(([course, dishes]) => (
        <div key={course} className="mb-10">
          <h3 className="mb-4 border-b border-stone-300 pb-2 font-serif text-2xl">{course}</h3>
          <ul className="space-y-4">
            {dishes.map((dish) => (
              <li key={dish.name} className="flex justify-between gap-6">
                <div>
                  <p className="font-medium">{dish.name}</p>
                  <p className="text-sm text-stone-600">{dish.description}</p>
                </div>
                <span className="font-serif text-lg">{dish.price}</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  )
}

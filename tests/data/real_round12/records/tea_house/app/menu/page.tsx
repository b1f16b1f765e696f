const sections = [
  {
    title: "Green and white",
    note: "Brewed at 80 degrees",
    items: [
      { name: "Jasmine Pearls", price: 7 },
      { name: "Silver Needle", price: 9 },
    ],
  },
  {
    title: "Dark teas",
    note: "Brewed boiling",
    items: [
      { name: "Smoked Oolong", price: 6.5 },
      { name: "Aged Pu-erh", price: 11 },
    ],
  },
]

export default function Menu() {
  return (
    <main>
      <h1>Our teas</h1>
      {sections.map((section) => (
        <section key={section.title}>
          <h2>{section.title}</h2>
          <p>{section.note}</p>
          <ul>
            {section.items.map((tea) => (
              <li key={tea.name}>
                {tea.name} <span>${tea.price}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </main>
  )
}

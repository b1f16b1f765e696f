import { ladeKunden } from "@/lib/crm"

// A CRM page titled by the records' word alone, over the rows it loads.
export default async function Kunden() {
  const kunden = await ladeKunden()
  return (
    <main>
      <h1>Alle Kunden</h1>
      <ul>
        {kunden.map((k) => (
          <li key={k.id}>
            {k.name} · {k.firma}
          </li>
        ))}
      </ul>
    </main>
  )
}

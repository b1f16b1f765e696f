export interface Client {
  id: string
  name: string
  city: string
}

export const clients: Client[] = [
  { id: "k1", name: "Baltic Freight", city: "Riga" },
  { id: "k2", name: "Nordlys Cargo", city: "Bergen" },
  { id: "k3", name: "Tejo Logística", city: "Porto" },
]

export function clientNamed(name: string): Client | undefined {
  return clients.find((c) => c.name === name)
}

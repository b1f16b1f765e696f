export type Lodger = { id: string; fullName: string; email: string; flat: string; movedIn: string }

const lodgers: Lodger[] = [
  { id: "l-1", fullName: "Ines Ortega", email: "ines@example.org", flat: "2B", movedIn: "2024-03-01" },
  { id: "l-2", fullName: "Pavel Novak", email: "pavel@example.org", flat: "4A", movedIn: "2023-11-15" },
]

export function listLodgers() {
  return lodgers
}

// Workshops written with a function declaration whose body builds and returns the record.
function workshop(title, date, place, seats) {
  const slug = title.toLowerCase().replace(/ /g, "-")
  return { title, slug, date, location: place, capacity: seats, registration: "open" }
}

export const workshops = [
  workshop("Pruning Roses in Late Winter", "2026-02-21", "Greenhouse 2", 12),
  workshop("Sowing Vegetables for Beginners", "2026-03-14", "The Potting Shed", 20),
]

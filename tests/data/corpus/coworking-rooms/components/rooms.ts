export const rooms = [
  { id: "fjord", name: "Fjord Meeting Room", seats: 8, hourlyRate: 35, amenities: ["4K screen", "Whiteboard", "Video conferencing"] },
  { id: "pine", name: "Pine Focus Booth", seats: 1, hourlyRate: 8, amenities: ["Soundproof", "Standing desk"] },
  { id: "aurora", name: "Aurora Event Hall", seats: 60, hourlyRate: 120, amenities: ["Stage", "PA system", "Catering kitchen"] },
]

export const openingHours = { start: 8, end: 20 }

export const doctors = [
  { id: "dr-hale", name: "Dr. Naomi Hale", specialty: "General practice", languages: ["English", "Spanish"] },
  { id: "dr-osei", name: "Dr. Kwabena Osei", specialty: "Dermatology", languages: ["English", "Twi"] },
  { id: "dr-lind", name: "Dr. Erik Lind", specialty: "Pediatrics", languages: ["English", "Swedish"] },
]

export const slots = ["08:30", "09:00", "09:30", "10:00", "10:30", "14:00", "14:30", "15:00"]

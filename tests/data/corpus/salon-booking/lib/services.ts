export interface Service {
  id: string
  name: string
  description: string
  durationMinutes: number
  price: number
}

export const services: Service[] = [
  {
    id: "cut",
    name: "Signature Haircut",
    description: "Consultation, wash, precision cut and style.",
    durationMinutes: 45,
    price: 55,
  },
  {
    id: "color",
    name: "Full Color",
    description: "Single-process color with gloss and blow-dry.",
    durationMinutes: 120,
    price: 140,
  },
  {
    id: "beard",
    name: "Beard Trim",
    description: "Shape, line-up and hot towel finish.",
    durationMinutes: 20,
    price: 25,
  },
]

export const timeSlots = [
  "09:00", "09:45", "10:30", "11:15", "13:00", "13:45", "14:30", "15:15", "16:00", "16:45",
]

// the laundry's loyalty club: each member's name, the phone the stamps are kept under
export const socios = [
  { id: 1, nombre: "Carmen Vidal", phone: "611 204 118", sellos: 7 },
  { id: 2, nombre: "Jordi Puig", phone: "622 390 771", sellos: 3 },
  { id: 3, nombre: "Lucía Ferrer", phone: "633 518 902", sellos: 9 },
]

// who works the counter this week
export const empleados = [
  { id: 1, nombre: "Marta Gil", phone: "644 100 200", turno: "mañana" },
  { id: 2, nombre: "Pau Serra", phone: "655 300 400", turno: "tarde" },
]

// A Mexican clinic's sample data: appointments shown on the agenda, patients offered in a form.
export const citas = [
  { id: 1, patient: "Rosa Díaz", service: "Limpieza dental", date: "2025-07-01", time: "09:00" },
  { id: 2, patient: "Hugo Peña", service: "Ortodoncia", date: "2025-07-01", time: "11:00" },
]
export const pacientes = [
  { id: 1, name: "Rosa Díaz", email: "rosa@correo.mx", phone: "555-0101" },
  { id: 2, name: "Hugo Peña", email: "hugo@correo.mx", phone: "555-0102" },
]

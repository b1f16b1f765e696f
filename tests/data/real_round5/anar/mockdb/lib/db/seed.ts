// What a fake back end starts from: customers, follow-up tasks and deals.
export const seedClientes = [
  { id: "c1", name: "Lucía Romero", email: "lucia@romero.es", company: "Romero SL" },
  { id: "c2", name: "Tomás Vidal", email: "tomas@vidal.es", company: "Vidal y Cía" },
]
export const seedTareas = [
  { id: "t1", title: "Llamar a Lucía", priority: "high", status: "open" },
  { id: "t2", title: "Enviar propuesta", priority: "low", status: "open" },
]
export const seedOportunidades = [
  { id: "o1", name: "Renovación anual", amount: 12000, stage: "negotiation" },
  { id: "o2", name: "Ampliación de licencias", amount: 4000, stage: "won" },
]

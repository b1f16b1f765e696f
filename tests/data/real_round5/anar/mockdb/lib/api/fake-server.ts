// Answers like a server would, after a pause, so the pages show their loading states.
import { seedClientes, seedOportunidades, seedTareas } from "../db/seed"

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms))

export async function responder(ruta: string) {
  await pause(400)
  if (ruta === "/api/clientes") return seedClientes
  if (ruta === "/api/tareas") return seedTareas
  return seedOportunidades
}

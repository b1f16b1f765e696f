import { responder } from "./fake-server"

export const api = {
  get: (ruta: string) => responder(ruta),
}

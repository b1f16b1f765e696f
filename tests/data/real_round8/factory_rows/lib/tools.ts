// Garden tools: the helper hands its values to a library call, so the row is read by the
// helper's parameter names.
const tool = (name: string, brand: string, price: number, sku: string) =>
  Object.freeze({ name, brand, price, sku })

export const handTools = [
  tool("Bypass Secateurs", "Felco", 54.0, "T-100"),
  tool("Border Spade", "Spear & Jackson", 39.99, "T-101"),
  tool("Hand Trowel", "Burgon & Ball", 14.5, "T-102"),
]

// drawn with a helper of another file: nothing here says what its arguments are
import { seedPacket } from "./seeds"

export const seeds = [seedPacket("Sweet Pea Mix", 3.2), seedPacket("Cosmos Purity", 2.8)]

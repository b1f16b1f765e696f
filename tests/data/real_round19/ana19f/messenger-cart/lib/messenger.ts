export type Line = { title: string; qty: number; price: number }

export function whatsappOrderUrl(lines: Line[]): string {
  const text = lines.map((l) => `${l.qty} x ${l.title}`).join("\n")
  return `https://wa.me/380000000000?text=${encodeURIComponent(text)}`
}

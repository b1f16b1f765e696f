export async function recordSale(sale: { customer: string; lines: unknown[]; amount: number }) {
  await fetch("/api/sales", { method: "POST", body: JSON.stringify(sale) })
}

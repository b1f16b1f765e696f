export async function paymentsForFlat(flat: string) {
  const res = await fetch(`/api/flats/${flat}/payments`)
  return (await res.json()) as { id: string; paidOn: string; amount: number; method: string }[]
}

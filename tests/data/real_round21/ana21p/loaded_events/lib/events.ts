export type Happening = { id: string; title: string; starts_at: string; venue: string }

export async function getHappenings(): Promise<Happening[]> {
  const response = await fetch(`${process.env.API_URL}/happenings`, { cache: "no-store" })
  return response.json()
}

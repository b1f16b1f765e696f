import { createServerClient } from "@supabase/ssr"
import { cookies } from "next/headers"

export async function connect() {
  const jar = await cookies()
  return createServerClient(process.env.DB_URL!, process.env.DB_KEY!, {
    cookies: { getAll: () => jar.getAll() },
  })
}

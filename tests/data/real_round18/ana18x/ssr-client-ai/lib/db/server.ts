import { createServerClient } from "@supabase/ssr"
import { cookies } from "next/headers"

// the server's database connection, built per request from the session cookies
export async function getDb() {
  const jar = await cookies()
  return createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {
    cookies: {
      getAll() {
        return jar.getAll()
      },
    },
  })
}

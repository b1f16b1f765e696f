// A Swiss deli's home page: the best sellers come from the database and a grid of its own draws them.
import { createClient } from "@/lib/supabase/server"
import { Bestseller } from "@/components/bestseller"

export default async function Home() {
  const supabase = await createClient()
  const { data: topProdukte } = await supabase.from("produkte").select("*").limit(6)
  return (
    <main>
      <Bestseller produkte={topProdukte ?? []} />
    </main>
  )
}

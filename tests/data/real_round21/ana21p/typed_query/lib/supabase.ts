import { createClient } from "@supabase/supabase-js"

export type Produto = { id: number; nome: string; preco: number }

export const supabase = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!)

import { NuovaLezione } from "@/components/nuova-lezione"

export default function Orario() {
  return (
    <main>
      <h1>Orario delle lezioni</h1>
      <NuovaLezione onSave={(x) => console.log(x)} />
    </main>
  )
}

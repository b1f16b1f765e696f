import { LanguageProvider } from "@/context/language-context"
import { Menu } from "@/components/menu"
import { Offers } from "@/components/offers"
import { Plans } from "@/components/plans"
import { TableSection } from "@/components/reservation"

export default function Home() {
  return (
    <LanguageProvider>
      <Menu />
      <Plans />
      <Offers />
      <TableSection />
    </LanguageProvider>
  )
}

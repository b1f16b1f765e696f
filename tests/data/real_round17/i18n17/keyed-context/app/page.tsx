import { LanguageProvider } from "@/context/language-context"
import { Menu } from "@/components/menu"
import { TableSection } from "@/components/reservation"

export default function Home() {
  return (
    <LanguageProvider>
      <Menu />
      <TableSection />
    </LanguageProvider>
  )
}

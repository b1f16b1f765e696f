import { QuoteSection } from "@/components/quote"

export default function Home() {
  return <QuoteSection />
}

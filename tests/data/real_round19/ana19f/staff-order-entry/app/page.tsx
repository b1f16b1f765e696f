import { HireBoard } from "@/components/hire-board"
export default function Page() {
  return <HireBoard />
}

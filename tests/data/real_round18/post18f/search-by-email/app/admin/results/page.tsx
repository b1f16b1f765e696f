import { AttemptsTable } from "./attempts-table"

export default function AttemptsPage() {
  return <AttemptsTable attempts={[]} />
}

import { BillList } from "@/components/bill-list"

const SAMPLE_BILLS = [
  { id: "B-201", date: "Mar 3, 2026", amount: "$42.00", status: "paid" },
  { id: "B-202", date: "Feb 3, 2026", amount: "$42.00", status: "paid" },
  { id: "B-203", date: "Jan 3, 2026", amount: "$30.00", status: "refunded" },
]

export default function AccountPage() {
  return (
    <main>
      <h1>Account</h1>
      <p>Your plan, your cards and what you were charged.</p>
      <BillList bills={SAMPLE_BILLS} />
    </main>
  )
}

export default function Billing() {
  // what the member bought, and how much of it is left
  const myPasses = [
    { id: 1, name: "Ten Swim Pass", price: 90, purchaseDate: "2024-02-01", usedSessions: 4, remainingSessions: 6 },
    { id: 2, name: "Five Swim Pass", price: 50, purchaseDate: "2023-11-12", usedSessions: 5, remainingSessions: 0 },
  ]
  // what the member paid, each payment citing its invoice
  const paymentHistory = [
    { id: 1, date: "2024-02-01", amount: "€90", status: "paid", method: "card", invoice: "INV-2024-07" },
    { id: 2, date: "2023-11-12", amount: "€50", status: "paid", method: "cash", invoice: "INV-2023-51" },
  ]
  // what is on sale
  const passes = [
    { id: "p10", name: "Ten Swim Pass", price: 90 },
    { id: "p20", name: "Twenty Swim Pass", price: 170 },
  ]
  return (
    <div>
      {myPasses.map((p) => <p key={p.id}>{p.name}: {p.remainingSessions} left</p>)}
      {paymentHistory.map((p) => <p key={p.id}>{p.invoice} {p.amount}</p>)}
      {passes.map((p) => <div key={p.id}><h3>{p.name}</h3><p>€{p.price}</p><button>Buy</button></div>)}
    </div>
  )
}

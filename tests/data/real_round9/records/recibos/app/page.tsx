// The landing page: a drawing of a receipt, all of it written out, no record behind it.
import { GiftReceipt } from "@/components/gift-receipt"

export default function Home() {
  return (
    <main>
      <h1>Thank your donors on time</h1>
      <div className="mock">
        <p>Sample Receipt</p>
        <p>Receipt No. 0001</p>
        <p>Date 1 March</p>
        <p>Total 50.00</p>
      </div>
      <GiftReceipt donor="Ana" amount={20} givenOn="today" receiptNo="R-1" />
    </main>
  )
}

// A charity's receipt for one gift, filled from the props the gift form hands it.
type Props = { donor: string; amount: number; givenOn: string; receiptNo: string }

export function GiftReceipt({ donor, amount, givenOn, receiptNo }: Props) {
  return (
    <div className="rounded border p-6">
      <p className="text-xs uppercase">Printable copy</p>
      <p className="text-lg font-bold">Gift Receipt</p>
      <div className="grid grid-cols-2">
        <div>
          <p>Receipt No.</p>
          <p>{receiptNo}</p>
        </div>
        <div>
          <p>Date received</p>
          <p>{givenOn}</p>
        </div>
      </div>
      <p>Received from</p>
      <p>{donor}</p>
      <p>Total</p>
      <p>${amount.toFixed(2)}</p>
    </div>
  )
}

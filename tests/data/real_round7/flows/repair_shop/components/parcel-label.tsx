"use client"

// a parcel's label: printed, one record, an amount to collect, but nothing billed by the shop
type Parcel = { id: string; recipient: string; address: string; codAmount: number }

export function ParcelLabel({ parcel }: { parcel: Parcel }) {
  return (
    <div>
      <p>{parcel.id}</p>
      <p>{parcel.recipient}</p>
      <p>{parcel.address}</p>
      <p>Collect {parcel.codAmount}</p>
      <button onClick={() => window.print()}>Print label</button>
    </div>
  )
}

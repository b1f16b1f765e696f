type Line = { id: string; label: string; qty: number; unitPrice: number }

// an order on its way to the rider: lines, date and total, but no bill by the labels
export function ParcelStatus({ lines, total, placedDate }: { lines: Line[]; total: number; placedDate: string }) {
  return (
    <section>
      <h2>Your parcel</h2>
      <p>Placed: {placedDate}</p>
      {lines.map((line) => (
        <p key={line.id}>
          {line.qty} x {line.label} {line.unitPrice}
        </p>
      ))}
      <p>Total: {total}</p>
    </section>
  )
}

export function QuoteStep() {
  return (
    <section>
      <div className="rounded border p-4">
        <h3 className="font-semibold">Price Summary</h3>
        <div className="space-y-1 text-sm">
          <div className="flex justify-between">
            <span>Fabric</span>
            <span>$30.00</span>
          </div>
          <div className="flex justify-between">
            <span>Tailoring</span>
            <span>$55.00</span>
          </div>
          <div className="flex justify-between font-bold">
            <span>Total</span>
            <span>$85.00</span>
          </div>
        </div>
      </div>
      <div className="rounded border p-4">
        <h3 className="font-semibold">Linen Shirt</h3>
        <p>Hand-finished, made to measure.</p>
        <span>$85.00</span>
      </div>
    </section>
  )
}

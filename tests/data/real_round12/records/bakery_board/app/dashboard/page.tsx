export default function Board() {
  return (
    <main>
      <h1>Good morning, Ines</h1>
      <section className="rounded p-6 text-center">
        <div>Sold this week</div>
        <h3 className="text-3xl">€1,980</h3>
        <p>across both shops</p>
      </section>
      <div className="grid grid-cols-3 gap-4">
        <div className="tile">
          <h3>Bread sales</h3>
          <div className="text-2xl">€7,210.40</div>
          <p><span>+4.1%</span> from last month</p>
        </div>
        <div className="tile">
          <h3>Flour costs</h3>
          <div className="text-2xl">€1,104.00</div>
          <p><span>+2.7%</span> from last month</p>
        </div>
        <div className="tile">
          <h3>Open invoices</h3>
          <div className="text-2xl">€2,300.00</div>
          <p>From 6 orders</p>
        </div>
      </div>
    </main>
  )
}

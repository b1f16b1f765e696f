export default function AccountPage() {
  return (
    <main>
      <h1>Your account</h1>
      <section>
        <h3>Billing History</h3>
        <div className="rounded border">
          <div className="flex justify-between p-3">
            <p>June 1, 2026</p>
            <p>Studio Plan · monthly</p>
            <p>€24.00</p>
          </div>
          <div className="flex justify-between p-3">
            <p>May 1, 2026</p>
            <p>Studio Plan · monthly</p>
            <p>€24.00</p>
          </div>
        </div>
      </section>
      <section>
        <h3>Invoices</h3>
        <p>Your invoices will appear here.</p>
      </section>
    </main>
  )
}

export default function PricingPage() {
  return (
    <section>
      <h2>Plans for every studio</h2>
      <div className="grid gap-8 md:grid-cols-3">
        <div className="flex flex-col justify-between rounded-lg border p-6">
          <div>
            <h3 className="text-2xl font-bold">Solo</h3>
            <div className="mt-4">
              <span className="text-4xl font-bold">$9</span>
            </div>
            <ul className="mt-4 space-y-2">
              <li>Unlimited invoices</li>
              <li>Client portal</li>
            </ul>
          </div>
          <a href="/signup" className="mt-6 rounded bg-black px-4 py-2 text-white">
            Pick Solo
          </a>
        </div>
        <div className="flex flex-col justify-between rounded-lg border p-6">
          <div>
            <h3 className="text-2xl font-bold">Studio</h3>
            <div className="mt-4">
              <span className="text-4xl font-bold">$29</span>
            </div>
            <ul className="mt-4 space-y-2">
              <li>Unlimited invoices</li>
              <li>Client portal</li>
            </ul>
          </div>
          <a href="/signup" className="mt-6 rounded bg-black px-4 py-2 text-white">
            Pick Studio
          </a>
        </div>
        <div className="flex flex-col justify-between rounded-lg border p-6">
          <div>
            <h3 className="text-2xl font-bold">Agency</h3>
            <div className="mt-4">
              <span className="text-4xl font-bold">Talk to us</span>
            </div>
            <ul className="mt-4 space-y-2">
              <li>Unlimited invoices</li>
              <li>Client portal</li>
            </ul>
          </div>
          <a href="/signup" className="mt-6 rounded bg-black px-4 py-2 text-white">
            Pick Agency
          </a>
        </div>
      </div>
    </section>
  )
}

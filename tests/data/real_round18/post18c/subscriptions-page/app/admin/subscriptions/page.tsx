"use client"

import { useEffect, useState } from "react"

type Subscription = { id: string; holder: string; email: string; plan: string; renews: string }

export default function SubscriptionsPage() {
  const [subscriptions, setSubscriptions] = useState<Subscription[]>([])

  useEffect(() => {
    fetch("/api/subscriptions")
      .then((r) => r.json())
      .then(setSubscriptions)
  }, [])

  return (
    <section className="p-8">
      <h1 className="text-3xl font-bold">Subscriptions</h1>
      <ul className="divide-y">
        {subscriptions.map((s) => (
          <li key={s.id} className="py-3">
            <span>{s.holder}</span> <span>{s.email}</span> <span>{s.plan}</span>
            <span>renews {s.renews}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}

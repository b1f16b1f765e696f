"use client"

import { useState } from "react"

export default function OnboardingPage() {
  const [step, setStep] = useState(1)
  return (
    <main>
      <h1>Welcome</h1>
      {step === 1 && (
        <section>
          <h2>Contact Details</h2>
          <label htmlFor="phone">Shop phone</label>
          <input id="phone" type="tel" />
          <label htmlFor="email">Shop email</label>
          <input id="email" type="email" />
          <label htmlFor="website">Website</label>
          <input id="website" type="url" />
          <button onClick={() => setStep(2)}>Next Step</button>
        </section>
      )}
    </main>
  )
}

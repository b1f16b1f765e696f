"use client"

import { useState } from "react"

export default function IntakePage() {
  const [step, setStep] = useState(1)
  return (
    <main>
      <h1>Workshop intake</h1>
      {step === 1 && (
        <section>
          <h2>Rider and bike</h2>
          <label htmlFor="customerName">Rider name</label>
          <input id="customerName" name="customerName" />
          <label htmlFor="customerPhone">Phone</label>
          <input id="customerPhone" name="customerPhone" />
          <label htmlFor="bikeBrand">Brand</label>
          <input id="bikeBrand" name="bikeBrand" />
          <label htmlFor="frameNumber">Frame number</label>
          <input id="frameNumber" name="frameNumber" />
          <button onClick={() => setStep(2)}>Continue</button>
        </section>
      )}
    </main>
  )
}

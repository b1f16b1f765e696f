"use client"

import { useState } from "react"

export default function PlansPage() {
  const [plan, setPlan] = useState("monthly")
  return (
    <main>
      <h1>Service plans</h1>
      <form>
        <label>
          <input type="radio" name="plan" value="monthly" onChange={() => setPlan("monthly")} />
          Monthly tune-ups
        </label>
        <label>
          <input type="radio" name="plan" value="yearly" onChange={() => setPlan("yearly")} />
          Yearly care
        </label>
        <select name="billingCycle">
          <option>Monthly</option>
          <option>Yearly</option>
        </select>
        <label htmlFor="cardNumber">Card number</label>
        <input id="cardNumber" name="cardNumber" />
        <label htmlFor="expiry">Expiry</label>
        <input id="expiry" name="expiry" />
        <label htmlFor="cvc">CVC</label>
        <input id="cvc" name="cvc" />
        <button type="submit">Confirm {plan}</button>
      </form>
    </main>
  )
}

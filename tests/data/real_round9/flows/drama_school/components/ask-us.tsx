"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"

export function AskUs() {
  const [sent, setSent] = useState(false)
  return (
    <section>
      <h2>Ask about a trial class</h2>
      {sent ? (
        <div>
          <h3>Thanks, we will call you back!</h3>
          <p>Expect a call within two school days.</p>
        </div>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault()
            setSent(true)
          }}
        >
          <label htmlFor="parent">Parent's name</label>
          <input id="parent" name="parent" />
          <label htmlFor="email">Email</label>
          <input id="email" name="email" type="email" />
          <label htmlFor="question">Your question</label>
          <textarea id="question" name="question" />
          <Button type="submit">Send</Button>
        </form>
      )}
    </section>
  )
}

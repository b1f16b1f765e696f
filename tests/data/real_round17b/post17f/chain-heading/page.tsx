"use client"

import { useState } from "react"

export default function LessonBooking() {
  const [stage, setStage] = useState<"level" | "full" | "contact">("level")
  const [level, setLevel] = useState("")

  return (
    <div>
      <h2>{stage === "level" ? "Pick a level" : stage === "full" ? "Join the reserve list" : "Your contact details"}</h2>
      {stage === "level" ? (
        <div>
          <button onClick={() => { setLevel("beginner"); setStage("contact") }}>Beginner</button>
          <button onClick={() => { setLevel("advanced"); setStage("full") }}>Advanced</button>
        </div>
      ) : stage === "full" ? (
        <div>
          <input id="reserve-name" placeholder="Your name" />
          <input id="reserve-phone" type="tel" placeholder="Phone" />
          <button onClick={() => setStage("level")}>Put me on the list</button>
        </div>
      ) : (
        <div>
          <input id="pupil-name" placeholder="Your name" />
          <input id="pupil-email" type="email" placeholder="E-mail" />
          <textarea id="pupil-note" placeholder="Anything we should know" />
          <button onClick={() => setStage("level")}>Request lesson</button>
        </div>
      )}
      <Stats />
    </div>
  )
}

function Stats() {
  const [period, setPeriod] = useState("week")
  return (
    <section>
        <h3>Lesson statistics</h3>
        <select value={period} onChange={(e) => setPeriod(e.target.value)}>
          <option value="week">This week</option>
          <option value="month">This month</option>
        </select>
        <input type="date" />
        <button onClick={() => window.print()}>{`Export as ${period.toUpperCase()}`}</button>
      </section>
  )
}

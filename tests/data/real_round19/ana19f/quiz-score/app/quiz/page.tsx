"use client"
import { useState } from "react"

const questions = [
  { q: "Which knot joins two ropes?", options: ["Bowline", "Sheet bend"], answer: 1 },
  { q: "Port side is...", options: ["Left", "Right"], answer: 0 },
]

export default function Quiz() {
  const [picked, setPicked] = useState<number[]>([])
  const finish = () => {
    const correct = questions.reduce((n, item, i) => n + (picked[i] === item.answer ? 1 : 0), 0)
    const score = Math.round((correct / questions.length) * 100)
    window.parent.postMessage({ type: "done", payload: { score, correctAnswers: correct } }, "*")
  }
  return (
    <div>
      <h1>Sailing theory check</h1>
      {questions.map((item, i) => (
        <fieldset key={item.q}>
          <legend>{item.q}</legend>
          {item.options.map((o, j) => (
            <label key={o}>
              <input type="radio" name={item.q} onChange={() => setPicked({ ...picked, [i]: j })} />
              {o}
            </label>
          ))}
        </fieldset>
      ))}
      <button onClick={finish}>Finish</button>
    </div>
  )
}

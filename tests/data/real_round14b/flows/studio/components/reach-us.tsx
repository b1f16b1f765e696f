// written for the round 14b tests: a kicker over a sentence-long heading, the form beside them
"use client"

export function ReachUs() {
  async function send(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault()
    await fetch("/api/contact", { method: "POST", body: new FormData(e.currentTarget) })
  }
  return (
    <section id="contact">
      <div>
        <span className="kicker">Contact the studio</span>
        <h2>Tell us a little about the room you want to change</h2>
      </div>
      <form onSubmit={send}>
        <label htmlFor="name">Name</label>
        <input id="name" name="name" />
        <label htmlFor="email">Email</label>
        <input id="email" name="email" type="email" />
        <label htmlFor="message">Message</label>
        <textarea id="message" name="message" />
        <button type="submit">Send</button>
      </form>
    </section>
  )
}

export function AppointmentRequest() {
  return (
    <section>
      <h2>Contact the notary</h2>
      <form action="/api/requests" method="post">
        <Line label="Your name" />
        <Line label="E-mail" type="email" />
        <Line label="Telephone" type="tel" />
        <label htmlFor="matter">What is it about?</label>
        <textarea id="matter" name="matter" />
        <button type="submit">Send request</button>
      </form>
    </section>
  )
}

function Line({ label, type = "text" }: { label: string; type?: string }) {
  return (
    <div className="line">
      <span>{label}</span>
      <input type={type} />
    </div>
  )
}

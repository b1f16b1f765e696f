export function AuditRequest() {
  return (
    <form action="/api/audit" method="post">
      <h2>Request a free document automation audit</h2>
      <label htmlFor="who">Name</label>
      <input id="who" name="who" />
      <label htmlFor="firm">Firm</label>
      <input id="firm" name="firm" />
      <label htmlFor="needs">What do you draft most?</label>
      <textarea id="needs" name="needs" />
      <button type="submit">Request audit</button>
    </form>
  )
}

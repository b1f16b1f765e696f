// Below a client's page: a screen that acts on the client (logs a visit), not the client's own.
export default function Visits({ client }: { client: { fullName: string; email: string; phone: string } }) {
  return (
    <main>
      <h1>Log a visit</h1>
      <p>{client.fullName}</p>
      <p>{client.email}</p>
      <p>{client.phone}</p>
    </main>
  )
}

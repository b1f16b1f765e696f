export default function Page() {
  return (
    <main>
      <h1>Peers in conflict</h1>
    </main>
  )
}

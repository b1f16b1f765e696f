export default function Home() {
  return (
    <main>
      <h1>Harbour kayak tours</h1>
      <p>Paddle the old port at sunrise.</p>
    </main>
  )
}

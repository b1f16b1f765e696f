export default function Home() {
  return (
    <main>
      <h1>Field notes</h1>
      <p>Articles are summarised when they are published.</p>
    </main>
  )
}

export default function Home() {
  return (
    <main>
      <h1>Clinic notes</h1>
    </main>
  )
}

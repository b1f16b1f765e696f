export default function Home() {
  return (
    <main>
      <h1>Clay Corner Studio</h1>
      <p>Open studio hours every weekday afternoon.</p>
    </main>
  )
}

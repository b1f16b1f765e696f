export default function Home() {
  return (
    <section>
      <h1>Pages Router home</h1>
    </section>
  )
}

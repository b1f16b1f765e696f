export default function Home() {
  return <main><h1>Guest house</h1></main>
}

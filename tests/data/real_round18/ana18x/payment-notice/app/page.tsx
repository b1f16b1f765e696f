export default function Home() {
  return <main><h1>Holiday lets</h1></main>
}

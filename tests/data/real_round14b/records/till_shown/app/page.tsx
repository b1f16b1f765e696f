export default function Home() {
  return <h1>Back office</h1>
}

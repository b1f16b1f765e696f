export default function Home() {
  return <main><h1>Parcel desk</h1></main>
}

export default function Page() {
  return (
    <main className="p-8">
      <h1 className="text-3xl font-bold">Next 14 with React 18</h1>
    </main>
  )
}

export default function Page() {
  return (
    <main className="p-8">
      <h1 className="text-emerald-700 underline">Next 16 with Tailwind 4</h1>
    </main>
  )
}

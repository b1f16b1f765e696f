export default function Page() {
  return (
    <main>
      <h1>Installed by pnpm</h1>
    </main>
  )
}

import dynamic from "next/dynamic"

const Lineup = dynamic(() => import("@/components/lineup"))

export default function ShowsPage() {
  return (
    <section>
      <h1>Shows</h1>
      <Lineup />
    </section>
  )
}

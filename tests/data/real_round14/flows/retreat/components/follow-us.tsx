import site from "@/data/site.json"

export function FollowUs() {
  return (
    <section>
      <h2>Follow the retreat</h2>
      <button onClick={() => window.open(site.instagram, "_blank")}>Our pictures</button>
    </section>
  )
}

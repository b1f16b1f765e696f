export default function SoireePage() {
  return (
    <main>
      <section className="hero">
        <div className="badge">
          <span>Événement gratuit</span>
        </div>
        <div className="intro">
          <h1>Soirée contes au jardin</h1>
          <p>Une heure d'histoires sous les arbres, pour petits et grands.</p>
          <span>14 juin</span>
          <span>19h30</span>
          <a href="#inscription">Je réserve ma place</a>
        </div>
      </section>
    </main>
  )
}

export default function BlogPage() {
  return (
    <article>
      <div>
        <h2>Notre nouvelle boutique en ligne</h2>
        <p>Publié le 14 juin 2026</p>
        <p>Nous avons refait tout le site, pour que vous trouviez plus vite vos livres.</p>
      </div>
    </article>
  )
}

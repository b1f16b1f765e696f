export default function Home() {
  return (
    <main>
      <h1>Notary office</h1>
      <form action="/api/list" method="post">
        <h2>Add your e-mail to our newsletter</h2>
        <label htmlFor="mail">E-mail</label>
        <input id="mail" type="email" name="mail" />
        <button type="submit">Subscribe</button>
      </form>
    </main>
  )
}

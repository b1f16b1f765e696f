export default function HelpPage() {
  return (
    <main>
      <h1>Centro de ayuda</h1>
      <form>
        <h2>Envíanos un mensaje</h2>
        <input name="name" placeholder="Nombre" />
        <input name="email" type="email" placeholder="Correo" />
        <input name="subject" placeholder="Asunto" />
        <textarea name="message" placeholder="¿En qué podemos ayudarte?" />
        <button type="submit">Enviar</button>
      </form>
    </main>
  )
}

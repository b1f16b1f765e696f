export default function TallerPage() {
  return (
    <main>
      <h1>Tu bici, a punto</h1>
      <form>
        <label htmlFor="nombre">Nombre completo</label>
        <input id="nombre" name="nombre" />
        <label htmlFor="email">Correo</label>
        <input id="email" name="email" type="email" />
        <label htmlFor="telefono">Teléfono</label>
        <input id="telefono" name="telefono" type="tel" />
        <label htmlFor="bici">Tu bicicleta</label>
        <input id="bici" name="bici" />
        <label htmlFor="descripcion">Qué necesitas</label>
        <textarea id="descripcion" name="descripcion" />
        <button type="submit">Enviar</button>
      </form>
    </main>
  )
}

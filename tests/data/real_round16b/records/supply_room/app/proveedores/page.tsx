export default function AlmacenPage() {
  const lista = [
    { id: "p1", empresa: "Farmacia Central", correo: "ventas@central.test", telefono: "600 111" },
    { id: "p2", empresa: "Guantes del Sur", correo: "info@guantes.test", telefono: "600 222" },
  ]
  return (
    <div>
      <h2 className="text-lg">Proveedores</h2>
      {lista.map((p) => (
        <div key={p.id}>
          <p>{p.empresa}</p>
          <p>{p.correo}</p>
          <p>{p.telefono}</p>
        </div>
      ))}
    </div>
  )
}

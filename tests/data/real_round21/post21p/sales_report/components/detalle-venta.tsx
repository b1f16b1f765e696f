interface Linea {
  producto: string
  quantity: number
  price: number
}

interface Venta {
  id: string
  fecha: string
  total: number
  lineas: Linea[]
}

export function DetalleVenta({ venta }: { venta: Venta }) {
  return (
    <div className="rounded border p-6">
      <h2 className="text-xl font-bold">Nota de venta #{venta.id}</h2>
      <p>Fecha: {venta.fecha}</p>
      <table>
        <tbody>
          {venta.lineas.map((l, i) => (
            <tr key={i}>
              <td>{l.producto}</td>
              <td>{l.quantity}</td>
              <td>${l.price.toFixed(2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="font-bold">Total: ${venta.total.toFixed(2)}</p>
    </div>
  )
}

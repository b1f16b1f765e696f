export default function FacturasPage() {
  return (
    <main>
      <h1>Panel</h1>
      <h2>Facturas</h2>
      <table>
        <thead>
          <tr>
            <th>Nº</th>
            <th>Cliente</th>
            <th>Importe</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>F-2025-031</td>
            <td>Talleres Olmo</td>
            <td>1.240,00 €</td>
          </tr>
          <tr>
            <td>F-2025-032</td>
            <td>Panadería Sol</td>
            <td>310,50 €</td>
          </tr>
        </tbody>
      </table>
    </main>
  )
}

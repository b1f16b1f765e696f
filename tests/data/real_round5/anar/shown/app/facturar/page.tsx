import { pacientes } from "@/lib/datos"

export default function Facturar() {
  return (
    <form>
      <h1>Nuevo cobro</h1>
      <select name="paciente">{pacientes.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}</select>
      <input name="monto" type="number" />
      <button type="submit">Cobrar</button>
    </form>
  )
}

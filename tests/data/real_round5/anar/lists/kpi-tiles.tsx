// An Italian gym's dashboard: tiles of figures with how they moved, and a currency picker.
const riepilogo = [
  { title: "Incasso mensile", value: "€12.400", change: "+8%" },
  { title: "Abbonamenti attivi", value: "€3.100", change: "-2%" },
]
const valute = [
  { code: "EUR", symbol: "€", name: "Euro", rate: 1 },
  { code: "CHF", symbol: "Fr", name: "Franco svizzero", rate: 0.96 },
  { code: "GBP", symbol: "£", name: "Sterlina", rate: 0.85 },
]
const istruttori = [
  { id: 1, name: "Giulia Neri", iscritti: 40, rate: "35.5%" },
  { id: 2, name: "Marco Riva", iscritti: 31, rate: "28.0%" },
]
const fasce = [
  { id: 1, name: "€0 - €50", price: 50 },
  { id: 2, name: "Sotto €100", price: 100 },
]

export default function Cruscotto() {
  return (
    <div>
      {riepilogo.map((r) => <div key={r.title}><h3>{r.title}</h3><p>{r.value}</p><span>{r.change}</span></div>)}
      <select>{valute.map((v) => <option key={v.code}>{v.name}</option>)}</select>
      {istruttori.map((i) => <p key={i.id}>{i.name} {i.rate}</p>)}
      {fasce.map((f) => <label key={f.id}><input type="checkbox" />{f.name}</label>)}
    </div>
  )
}

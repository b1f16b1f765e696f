// A Dutch bike shop's admin home: static tiles, every one an amount with how it moved.
export default function Overzicht() {
  return (
    <div className="grid grid-cols-3">
      <div className="card">
        <h3>Omzet</h3>
        <p className="text-2xl">€ 12.400</p>
        <span>+8,2% t.o.v. vorige maand</span>
      </div>
      <div className="card">
        <h3>Reparaties</h3>
        <p className="text-2xl">€ 3.150</p>
        <span>↑ 4% t.o.v. vorige maand</span>
      </div>
      <div className="card">
        <h3>Verhuur</h3>
        <p className="text-2xl">€ 980</p>
        <span>+1,5% t.o.v. vorige maand</span>
      </div>
    </div>
  )
}

export default function StagesPage() {
  return (
    <div className="grid">
      <div className="card">
        <h3>Stage marketing digital</h3>
        <p>Six mois à Lyon</p>
        <div>
          <span>Gratification :</span>
          <span>650 €</span>
        </div>
        <button>Postuler</button>
      </div>
      <div className="card">
        <h3>Prácticas de ventas</h3>
        <p>Tres meses en Sevilla</p>
        <div>
          <span>Salario</span>
          <span>€900</span>
        </div>
        <button>Postular</button>
      </div>
    </div>
  )
}

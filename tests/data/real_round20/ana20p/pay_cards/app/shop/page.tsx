export default function ShopPage() {
  return (
    <div className="grid">
      <div className="card">
        <h3>Carnet de croquis A5</h3>
        <div>
          <span>Prix</span>
          <span>12 €</span>
        </div>
        <button>Ajouter au panier</button>
      </div>
      <div className="card">
        <h3>Crayons aquarelle</h3>
        <div>
          <span>Prix</span>
          <span>18 €</span>
        </div>
        <button>Ajouter au panier</button>
      </div>
    </div>
  )
}

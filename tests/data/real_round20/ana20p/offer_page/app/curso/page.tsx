export default function CursoPage() {
  return (
    <section>
      <div className="offer-card">
        <h2>Garanta já a sua oferta especial!</h2>
        <ul>
          <li>Trinta aulas de aquarela em vídeo</li>
          <li>Acesso por dois anos</li>
        </ul>
        <div>
          <div className="line-through">De R$ 590,00</div>
          <div>Por apenas R$ 197,00</div>
        </div>
        <button>Quero me inscrever</button>
      </div>
    </section>
  )
}

export default function SellPage() {
  return (
    <main>
      <h1>Sell your bike</h1>
      <form>
        <input name="title" placeholder="What are you selling?" />
        <input name="price" type="number" placeholder="Asking price" />
        <input name="contactPerson" placeholder="Contact person" />
        <input name="mobile" type="tel" placeholder="Mobile" />
        <button type="submit">List it</button>
      </form>
    </main>
  )
}

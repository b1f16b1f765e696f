export default function PayPage() {
  return (
    <main>
      <h1>Pay for your service</h1>
      <form>
        <label htmlFor="cardNumber">Card number</label>
        <input id="cardNumber" />
        <label htmlFor="expiry">Expiry</label>
        <input id="expiry" placeholder="MM/YY" />
        <label htmlFor="cvv">Code</label>
        <input id="cvv" type="password" maxLength={4} />
        <button type="submit">Pay now</button>
      </form>
    </main>
  )
}

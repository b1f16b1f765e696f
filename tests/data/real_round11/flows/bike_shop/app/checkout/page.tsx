import { PickupForm } from "@/components/pickup-form"

export default function CheckoutPage() {
  return (
    <main>
      <h1>Collect Your Order</h1>
      <PickupForm />
    </main>
  )
}

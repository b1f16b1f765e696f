import { OutlinedInput } from "@/components/ui/outlined-input"

export function Newsletter() {
  return (
    <form action="/api/newsletter" method="post">
      <h3>Notary news, once a month</h3>
      <OutlinedInput name="email" type="email" label="Your e-mail" />
      <OutlinedInput name="firstName" label="First name" />
      <button type="submit">Subscribe</button>
    </form>
  )
}

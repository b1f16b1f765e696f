import Link from "next/link"

export default function Home() {
  return (
    <main>
      <h1>Spoke and Chain</h1>
      <nav>
        <Link href="/cart">Cart</Link>
        <Link href="/customers">Customers</Link>
        <Link href="/onboarding">Set up</Link>
        <Link href="/admin/staff">Staff</Link>
        <Link href="/news">Notices</Link>
        <Link href="/pay">Pay</Link>
        <Link href="/taller">Taller</Link>
        <Link href="/membership">Club</Link>
        <Link href="/intake">Intake</Link>
        <Link href="/tune-up">Tune-up</Link>
        <Link href="/sell">Sell</Link>
        <Link href="/plans">Plans</Link>
      </nav>
    </main>
  )
}

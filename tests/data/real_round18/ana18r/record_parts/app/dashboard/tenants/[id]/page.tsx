import { getTenant } from "@/lib/tenants"

export default async function TenantPage({ params }: { params: { id: string } }) {
  const tenant = await getTenant(params.id)
  return (
    <main>
      <h1>{tenant.name}</h1>
      <section>
        <h2>Reach the tenant</h2>
        <p>{tenant.email}</p>
        <p>{tenant.phone}</p>
        <p>Rent: ${tenant.rentAmount}</p>
      </section>
    </main>
  )
}

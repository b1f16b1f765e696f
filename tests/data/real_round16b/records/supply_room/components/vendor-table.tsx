type Vendor = { id: string; name: string; contact_person: string; email: string; phone: string }

export function VendorTable({ vendors }: { vendors: Vendor[] }) {
  return (
    <section>
      <h2>Vendors</h2>
      <table>
      <tbody>
        {vendors.map((vendor) => (
          <tr key={vendor.id}>
            <td>{vendor.name}</td>
            <td>{vendor.contact_person}</td>
            <td>{vendor.email}</td>
            <td>{vendor.phone}</td>
          </tr>
        ))}
      </tbody>
      </table>
    </section>
  )
}

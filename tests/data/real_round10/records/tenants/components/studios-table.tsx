// the yoga studios that pay for the booking software, each on a plan
type Studio = { id: string; name: string; city: string; country: string; plan: string; seats: number }

export function StudiosTable({ studios }: { studios: Studio[] }) {
  return (
    <table>
      <tbody>
        {studios.map((studio) => (
          <tr key={studio.id}>
            <td>{studio.name}</td>
            <td>
              {studio.city}, {studio.country}
            </td>
            <td>{studio.plan}</td>
            <td>{studio.seats}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

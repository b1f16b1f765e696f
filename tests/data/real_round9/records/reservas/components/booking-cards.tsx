// Cards of the bookings a page hands in; no title of its own (the page's heading is above it).
type Booking = { id: string; guest: string; date: string; status: string }

export function BookingCards({ bookings }: { bookings: Booking[] }) {
  return (
    <div className="grid gap-2">
      {bookings.map((booking) => (
        <div key={booking.id}>
          <p>{booking.guest}</p>
          <p>{booking.date}</p>
          <p>{booking.status}</p>
        </div>
      ))}
    </div>
  )
}

import { BookingCards } from "@/components/booking-cards"

export default function BookingsPage() {
  return <BookingCards bookings={[]} />
}

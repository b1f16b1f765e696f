import ReservationView from "@/components/reservation-view"

export default function ReservationPage() {
  return <ReservationView />
}

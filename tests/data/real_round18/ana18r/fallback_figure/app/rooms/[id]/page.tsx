import { getRoom } from "@/lib/rooms"

export default async function RoomPage({ params }: { params: { id: string } }) {
  const room = await getRoom(params.id)
  return (
    <main>
      <div className="rounded border p-4">
        <h2>Room facts</h2>
        <div>
          <p>Floor</p>
          <p>{room.floor}</p>
        </div>
        <div>
          <p>Cleaning fee</p>
          <p>${room.cleaningFee || 40} per stay</p>
        </div>
      </div>
    </main>
  )
}

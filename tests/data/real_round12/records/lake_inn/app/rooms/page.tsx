const rooms = [
  { number: "1", type: "lakeside", price: 140, beds: 2 },
  { number: "2", type: "garden", price: 95, beds: 1 },
  { number: "3", type: "attic", price: 70, beds: 1 },
]

export default function Rooms() {
  return (
    <main>
      <h1>Our rooms</h1>
      {rooms.map((room) => (
        <div key={room.number}>
          <h3>
            Room {room.number}, {room.type}
          </h3>
          <p>{room.price} € a night</p>
        </div>
      ))}
    </main>
  )
}

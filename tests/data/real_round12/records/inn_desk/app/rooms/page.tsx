"use client"

import { useEffect, useState } from "react"
import { createClient } from "@supabase/supabase-js"

const db = createClient("https://example.supabase.co", "public-anon-key")
const STATES = ["free", "taken", "cleaning"]

export default function RoomsBoard() {
  const [board, setBoard] = useState<any>({ rooms: [] })

  useEffect(() => {
    db.from("rooms")
      .select("*")
      .then(({ data }) => setBoard({ rooms: data ?? [] }))
  }, [])

  return (
    <section>
      <h2>Room rates</h2>
      <table>
        <tbody>
          {board.rooms.map((room: any) => (
            <tr key={room.id}>
              <td>{room.label}</td>
              <td>{room.nightly_rate} a night</td>
              <td>
                <select defaultValue={room.state}>
                  {STATES.map((state) => (
                    <option key={state}>{state}</option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

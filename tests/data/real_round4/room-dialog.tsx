"use client"
import { Button } from "@/components/ui/button"

export function RoomDialog({ close }: { close: () => void }) {
  return (
    <div>
      <h3>Nueva habitación</h3>
      <div>
        <input id="roomName" />
        <input id="beds" type="number" />
        <input id="rate" type="number" />
      </div>
      <div>
        <Button variant="outline" onClick={close}>Cancelar</Button>
        <Button onClick={() => console.log("saved")}>Guardar habitación</Button>
      </div>
    </div>
  )
}

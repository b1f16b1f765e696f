"use client"

// calling off a fitting acts on one that exists: nothing new is stored
export function CallOff({ id }: { id: string }) {
  const callOff = async () => {
    await fetch(`/api/appointments/${id}/cancel`, { method: "POST" })
  }

  return <button onClick={callOff}>Call off</button>
}

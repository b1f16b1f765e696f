"use client"

import { useState } from "react"

export default function StaffPage() {
  const [editing, setEditing] = useState(false)
  return (
    <main>
      <h1>Staff</h1>
      <form>
        <h2>Create Mechanic Account</h2>
        <input name="full_name" placeholder="Full name" />
        <input name="email" type="email" placeholder="Email" />
        <input name="phone" placeholder="Phone" />
        <input name="initial_password" type="password" placeholder="Password" />
        <button type="submit">Create</button>
      </form>
      {editing && (
        <form>
          <h2>Edit Mechanic</h2>
          <input name="full_name" placeholder="Full name" />
          <input name="phone" placeholder="Phone" />
          <input name="active" type="checkbox" />
          <button type="submit" onClick={() => setEditing(false)}>
            Save
          </button>
        </form>
      )}
    </main>
  )
}

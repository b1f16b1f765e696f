"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"
import { Textarea } from "@/components/ui/textarea"

export function NewWorkshop({ onSave }: { onSave: (w: { title: string; description: string }) => void }) {
  const [title, setTitle] = useState("")
  const [description, setDescription] = useState("")
  return (
    <div>
      <h2>Add a workshop</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          onSave({ title, description })
        }}
      >
        <Input name="title" placeholder="Workshop title" value={title} onChange={(e) => setTitle(e.target.value)} />
        <Textarea name="description" placeholder="What the class rehearses" value={description} onChange={(e) => setDescription(e.target.value)} />
        <Button type="submit">Create</Button>
      </form>
    </div>
  )
}

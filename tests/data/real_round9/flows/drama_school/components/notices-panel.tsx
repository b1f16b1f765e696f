"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"
import { Textarea } from "@/components/ui/textarea"

export function NoticesPanel({ onPost }: { onPost: (n: { title: string; content: string }) => void }) {
  const [title, setTitle] = useState("")
  const [content, setContent] = useState("")
  return (
    <div>
      <h2>Write a notice for parents</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          onPost({ title, content })
        }}
      >
        <Input name="title" placeholder="Notice title" value={title} onChange={(e) => setTitle(e.target.value)} />
        <Textarea name="content" placeholder="What parents should know" value={content} onChange={(e) => setContent(e.target.value)} />
        <Button type="submit">Publish</Button>
      </form>
    </div>
  )
}

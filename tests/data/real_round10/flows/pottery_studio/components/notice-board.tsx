"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"
import { Textarea } from "@/components/ui/textarea"
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select"

export function NoticeBoard() {
  const [notice, setNotice] = useState({ title: "", body: "", audience: "members" })
  const publish = async () => {
    await fetch("/api/notices", { method: "POST", body: JSON.stringify(notice) })
  }
  return (
    <div className="card">
      <h2>Post a notice</h2>
      <div className="space-y-2">
        <Input id="title" placeholder="Headline" value={notice.title} onChange={(e) => setNotice({ ...notice, title: e.target.value })} />
        <Select value={notice.audience} onValueChange={(v) => setNotice({ ...notice, audience: v })}>
          <SelectTrigger id="audience"><SelectValue placeholder="Who sees it" /></SelectTrigger>
          <SelectContent>
            <SelectItem value="members">Members</SelectItem>
            <SelectItem value="everyone">Everyone</SelectItem>
          </SelectContent>
        </Select>
        <Textarea id="body" placeholder="The notice" value={notice.body} onChange={(e) => setNotice({ ...notice, body: e.target.value })} />
        <Button onClick={publish}>Publish Notice</Button>
      </div>
    </div>
  )
}

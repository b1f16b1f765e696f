"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"
import { Label } from "@/components/ui/label"

export default function GroupPage() {
  const [groupName, setGroupName] = useState("")
  const [homepage, setHomepage] = useState("")
  const [field, setField] = useState("")
  const [members, setMembers] = useState("")

  const send = async () => {
    await fetch("/api/groups", {
      method: "POST",
      body: JSON.stringify({ groupName, homepage, field, members }),
    })
  }

  return (
    <main className="mx-auto max-w-lg p-6">
      <h1 className="text-2xl font-bold">ボランティア団体登録</h1>
      <div className="space-y-4">
        <Label htmlFor="groupName">団体名</Label>
        <Input id="groupName" value={groupName} onChange={(e) => setGroupName(e.target.value)} />
        <Label htmlFor="homepage">ホームページ</Label>
        <Input id="homepage" value={homepage} onChange={(e) => setHomepage(e.target.value)} />
        <select value={field} onChange={(e) => setField(e.target.value)}>
          <option value="environment">環境</option>
          <option value="education">教育</option>
          <option value="welfare">福祉</option>
        </select>
        <select value={members} onChange={(e) => setMembers(e.target.value)}>
          <option value="small">1-10</option>
          <option value="large">11+</option>
        </select>
        <Button onClick={send}>送信する</Button>
      </div>
    </main>
  )
}

"use client"

import { useState } from "react"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"
import { Textarea } from "@/components/ui/textarea"
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select"
import {
  Dialog,
  DialogContent,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog"

export default function StoragePage() {
  const [layout, setLayout] = useState("grid")
  const [open, setOpen] = useState(false)

  return (
    <div className="space-y-6">
      <h1>Storage units</h1>
      <div className="flex items-center gap-2">
        <Select value={layout} onValueChange={setLayout}>
          <SelectTrigger>
            <SelectValue placeholder="Layout" />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value="grid">Grid</SelectItem>
            <SelectItem value="rows">Rows</SelectItem>
          </SelectContent>
        </Select>
        {layout === "grid" && (
          <Dialog open={open} onOpenChange={setOpen}>
            <DialogTrigger asChild>
              <Button>New unit</Button>
            </DialogTrigger>
            <DialogContent>
              <DialogHeader>
                <DialogTitle>Register Storage Unit</DialogTitle>
              </DialogHeader>
              <div className="grid gap-3">
                <label htmlFor="unit-code">Code</label>
                <Input id="unit-code" placeholder="B-12" />
                <label htmlFor="unit-size">Size in square metres</label>
                <Input id="unit-size" type="number" placeholder="9" />
                <label htmlFor="unit-remarks">Remarks</label>
                <Textarea id="unit-remarks" placeholder="Ground floor, roller door" />
              </div>
              <DialogFooter>
                <Button variant="outline" onClick={() => setOpen(false)}>
                  Cancel
                </Button>
                <Button onClick={() => setOpen(false)}>Register unit</Button>
              </DialogFooter>
            </DialogContent>
          </Dialog>
        )}
      </div>
    </div>
  )
}

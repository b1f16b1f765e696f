"use client"

import { Button } from "@/components/ui/button"

export function VisitCard({ onCancel, onMove }: { onCancel: () => void; onMove: () => void }) {
  return (
    <div>
      <Button onClick={onCancel}>Annuler</Button>
      <Button onClick={onMove}>Déplacer</Button>
    </div>
  )
}

"use client"
// The office's receipts, loaded from the API, with a dialog that shows one of them.
import { useEffect, useState } from "react"
import { Card, CardHeader, CardTitle, CardContent } from "@/components/ui/card"
import { Dialog, DialogContent, DialogHeader, DialogTitle } from "@/components/ui/dialog"

type Receipt = { id: string; receipt_no: string; donor_name: string; amount: number; given_on: string }

export default function ReceiptsAdmin() {
  const [receipts, setReceipts] = useState<Receipt[]>([])
  const [openReceipt, setOpenReceipt] = useState<Receipt | null>(null)
  useEffect(() => {
    fetch("/api/receipts").then((r) => r.json()).then(setReceipts)
  }, [])
  return (
    <div>
      <Card>
        <CardHeader>
          <CardTitle>Issued Receipts</CardTitle>
        </CardHeader>
        <CardContent>
          <table>
            <tbody>
              {receipts.map((receipt) => (
                <tr key={receipt.id} onClick={() => setOpenReceipt(receipt)}>
                  <td>{receipt.receipt_no}</td>
                  <td>{receipt.donor_name}</td>
                  <td>{receipt.amount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </CardContent>
      </Card>
      <Dialog open={!!openReceipt} onOpenChange={() => setOpenReceipt(null)}>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>Receipt at a glance</DialogTitle>
          </DialogHeader>
          <p>{openReceipt?.donor_name}</p>
          <p>{openReceipt?.amount}</p>
          <p>{openReceipt?.given_on}</p>
        </DialogContent>
      </Dialog>
    </div>
  )
}

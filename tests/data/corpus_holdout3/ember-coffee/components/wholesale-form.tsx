"use client"

import { useState } from "react"
import { Loader2 } from "lucide-react"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"
import { Label } from "@/components/ui/label"
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select"
import { Textarea } from "@/components/ui/textarea"
import { useToast } from "@/hooks/use-toast"

export function WholesaleForm() {
  const [loading, setLoading] = useState(false)
  const { toast } = useToast()

  async function handleSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault()
    setLoading(true)
    const formData = new FormData(e.currentTarget)
    const response = await fetch("https://formspree.io/f/mwkgjzqp", {
      method: "POST",
      body: formData,
      headers: { Accept: "application/json" },
    })
    setLoading(false)
    if (response.ok) {
      e.currentTarget.reset()
      toast({ title: "Inquiry sent", description: "Our wholesale team will get back to you within 2 business days." })
    } else {
      toast({ title: "Something went wrong", description: "Please try again later.", variant: "destructive" })
    }
  }

  return (
    <section id="wholesale" className="container py-16">
      <div className="mx-auto max-w-2xl">
        <div className="mb-8 text-center">
          <h2 className="text-3xl font-bold tracking-tight">Wholesale Inquiries</h2>
          <p className="text-muted-foreground">
            Serving Ember in your café, restaurant or office? Tell us what you need and we&apos;ll put together a quote.
          </p>
        </div>
        <form onSubmit={handleSubmit} className="grid gap-4 rounded-xl border p-6">
          <div className="grid gap-4 sm:grid-cols-2">
            <div className="space-y-2">
              <Label htmlFor="businessName">Business name</Label>
              <Input id="businessName" name="businessName" placeholder="Blue Door Café" required />
            </div>
            <div className="space-y-2">
              <Label htmlFor="contactName">Your name</Label>
              <Input id="contactName" name="contactName" placeholder="Sam Rivera" required />
            </div>
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <div className="space-y-2">
              <Label htmlFor="email">Email</Label>
              <Input id="email" name="email" type="email" placeholder="sam@bluedoor.cafe" required />
            </div>
            <div className="space-y-2">
              <Label htmlFor="phone">Phone</Label>
              <Input id="phone" name="phone" type="tel" placeholder="(555) 123-4567" />
            </div>
          </div>
          <div className="space-y-2">
            <Label htmlFor="volume">Estimated monthly volume</Label>
            <Select name="volume">
              <SelectTrigger id="volume">
                <SelectValue placeholder="Select volume" />
              </SelectTrigger>
              <SelectContent>
                <SelectItem value="under-20">Under 20 lbs</SelectItem>
                <SelectItem value="20-50">20–50 lbs</SelectItem>
                <SelectItem value="50-100">50–100 lbs</SelectItem>
                <SelectItem value="100-plus">100+ lbs</SelectItem>
              </SelectContent>
            </Select>
          </div>
          <div className="space-y-2">
            <Label htmlFor="message">Message</Label>
            <Textarea id="message" name="message" placeholder="Tell us about your business..." rows={4} />
          </div>
          <Button type="submit" disabled={loading} className="w-full sm:w-auto sm:justify-self-end">
            {loading && <Loader2 className="mr-2 h-4 w-4 animate-spin" />}
            Send Inquiry
          </Button>
        </form>
      </div>
    </section>
  )
}

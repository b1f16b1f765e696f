"use client"

import { useState } from "react"
import { zodResolver } from "@hookform/resolvers/zod"
import { useForm } from "react-hook-form"
import { z } from "zod"
import { CheckCircle2 } from "lucide-react"
import { Button } from "@/components/ui/button"
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card"
import { Form, FormControl, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form"
import { Input } from "@/components/ui/input"
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select"
import { Textarea } from "@/components/ui/textarea"
import { submitOrganizerInquiry } from "@/app/actions"

const formSchema = z.object({
  name: z.string().min(2, "Please enter your name"),
  email: z.string().email("Please enter a valid email"),
  organization: z.string().min(2, "Please enter your organization"),
  eventType: z.enum(["concert", "comedy", "festival", "theater", "other"]),
  expectedAttendance: z.coerce.number().min(1),
  message: z.string().optional(),
})

export type OrganizerInquiry = z.infer<typeof formSchema>

export function OrganizerForm() {
  const [submitted, setSubmitted] = useState(false)
  const form = useForm<OrganizerInquiry>({
    resolver: zodResolver(formSchema),
    defaultValues: { name: "", email: "", organization: "", message: "" },
  })

  async function onSubmit(values: OrganizerInquiry) {
    await submitOrganizerInquiry(values)
    setSubmitted(true)
  }

  if (submitted) {
    return (
      <Card className="flex flex-col items-center justify-center p-10 text-center">
        <CheckCircle2 className="mb-4 h-12 w-12 text-green-500" />
        <h2 className="text-2xl font-semibold">Thanks for reaching out!</h2>
        <p className="text-muted-foreground">Our partnerships team will contact you within one business day.</p>
      </Card>
    )
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>List your event</CardTitle>
        <CardDescription>Tell us a little about you and what you&apos;re planning.</CardDescription>
      </CardHeader>
      <CardContent>
        <Form {...form}>
          <form onSubmit={form.handleSubmit(onSubmit)} className="space-y-4">
            <div className="grid gap-4 sm:grid-cols-2">
              <FormField
                control={form.control}
                name="name"
                render={({ field }) => (
                  <FormItem>
                    <FormLabel>Your name</FormLabel>
                    <FormControl>
                      <Input placeholder="Jane Cooper" {...field} />
                    </FormControl>
                    <FormMessage />
                  </FormItem>
                )}
              />
              <FormField
                control={form.control}
                name="email"
                render={({ field }) => (
                  <FormItem>
                    <FormLabel>Email</FormLabel>
                    <FormControl>
                      <Input type="email" placeholder="jane@venue.com" {...field} />
                    </FormControl>
                    <FormMessage />
                  </FormItem>
                )}
              />
            </div>
            <FormField
              control={form.control}
              name="organization"
              render={({ field }) => (
                <FormItem>
                  <FormLabel>Organization or venue</FormLabel>
                  <FormControl>
                    <Input placeholder="The Echo" {...field} />
                  </FormControl>
                  <FormMessage />
                </FormItem>
              )}
            />
            <div className="grid gap-4 sm:grid-cols-2">
              <FormField
                control={form.control}
                name="eventType"
                render={({ field }) => (
                  <FormItem>
                    <FormLabel>Event type</FormLabel>
                    <Select onValueChange={field.onChange} defaultValue={field.value}>
                      <FormControl>
                        <SelectTrigger>
                          <SelectValue placeholder="Select a type" />
                        </SelectTrigger>
                      </FormControl>
                      <SelectContent>
                        <SelectItem value="concert">Concert</SelectItem>
                        <SelectItem value="comedy">Comedy</SelectItem>
                        <SelectItem value="festival">Festival</SelectItem>
                        <SelectItem value="theater">Theater</SelectItem>
                        <SelectItem value="other">Other</SelectItem>
                      </SelectContent>
                    </Select>
                    <FormMessage />
                  </FormItem>
                )}
              />
              <FormField
                control={form.control}
                name="expectedAttendance"
                render={({ field }) => (
                  <FormItem>
                    <FormLabel>Expected attendance</FormLabel>
                    <FormControl>
                      <Input type="number" placeholder="250" {...field} />
                    </FormControl>
                    <FormMessage />
                  </FormItem>
                )}
              />
            </div>
            <FormField
              control={form.control}
              name="message"
              render={({ field }) => (
                <FormItem>
                  <FormLabel>Anything else?</FormLabel>
                  <FormControl>
                    <Textarea placeholder="Dates, ticket tiers, special requirements..." rows={4} {...field} />
                  </FormControl>
                  <FormMessage />
                </FormItem>
              )}
            />
            <Button type="submit" className="w-full" disabled={form.formState.isSubmitting}>
              {form.formState.isSubmitting ? "Sending..." : "Submit"}
            </Button>
          </form>
        </Form>
      </CardContent>
    </Card>
  )
}

import { CalendarDays, MapPin } from "lucide-react"
import { Button } from "@/components/ui/button"
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card"
import { SignupForm } from "@/components/signup-form"
import { Timetable } from "@/components/timetable"

export default function StudioPage() {
  return (
    <main className="container space-y-20 py-16">
      <section className="max-w-2xl space-y-4">
        <h1 className="text-5xl font-semibold tracking-tight">Mud &amp; Fire Pottery Studio</h1>
        <p className="text-lg text-muted-foreground">
          Small classes, patient teachers, and more clay on your hands than you expected.
        </p>
      </section>
      <section className="space-y-6">
        <h2 className="text-2xl font-semibold">Weekly classes</h2>
        <Timetable />
      </section>
      <section className="space-y-6">
        <h2 className="text-2xl font-semibold">Courses</h2>
        <Card className="max-w-xl border-amber-200 bg-amber-50">
          <CardHeader>
            <CardTitle>Spring Wheel Course</CardTitle>
            <CardDescription>Six Tuesday evenings from centering to trimming. Clay and firing included.</CardDescription>
          </CardHeader>
          <CardContent className="space-y-2 text-sm">
            <p className="flex items-center gap-2"><CalendarDays className="h-4 w-4" /> Starts April 8, 2025 · 6 weeks · 18:30–21:00</p>
            <p className="flex items-center gap-2"><MapPin className="h-4 w-4" /> Studio A, 14 Kiln Lane</p>
            <p className="font-medium">$320 · 10 places</p>
          </CardContent>
          <CardFooter>
            <Button>Enroll in the course</Button>
          </CardFooter>
        </Card>
      </section>
      <section>
        <SignupForm />
      </section>
    </main>
  )
}

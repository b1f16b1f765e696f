import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs"

const day1 = [
  { time: "09:00", title: "Doors & coffee" },
  { time: "10:00", title: "Keynote: The web is fast again", speaker: "Hannah Weiss" },
  { time: "11:00", title: "Hydration without tears", speaker: "Tomás Rivera" },
  { time: "12:30", title: "Lunch" },
  { time: "14:00", title: "Motion that means something", speaker: "Aiko Tanaka" },
]

const day2 = [
  { time: "09:30", title: "Databases at the edge, honestly", speaker: "Kwame Mensah" },
  { time: "11:00", title: "Lightning talks" },
  { time: "16:00", title: "Closing party" },
]

export function Schedule() {
  return (
    <section className="bg-muted py-20">
      <div className="container">
        <h2 className="mb-8 text-3xl font-bold">Schedule</h2>
        <Tabs defaultValue="day1">
          <TabsList>
            <TabsTrigger value="day1">Thu, Sep 18</TabsTrigger>
            <TabsTrigger value="day2">Fri, Sep 19</TabsTrigger>
          </TabsList>
          <TabsContent value="day1" className="divide-y">
            {day1.map((slot) => (
              <div key={slot.time} className="flex gap-6 py-4">
                <span className="w-16 font-mono text-sm">{slot.time}</span>
                <div>
                  <p className="font-medium">{slot.title}</p>
                  {slot.speaker && <p className="text-sm text-muted-foreground">{slot.speaker}</p>}
                </div>
              </div>
            ))}
          </TabsContent>
          <TabsContent value="day2" className="divide-y">
            {day2.map((slot) => (
              <div key={slot.time} className="flex gap-6 py-4">
                <span className="w-16 font-mono text-sm">{slot.time}</span>
                <div>
                  <p className="font-medium">{slot.title}</p>
                  {slot.speaker && <p className="text-sm text-muted-foreground">{slot.speaker}</p>}
                </div>
              </div>
            ))}
          </TabsContent>
        </Tabs>
      </div>
    </section>
  )
}

import { Clock, Users } from "lucide-react"
import { Badge } from "@/components/ui/badge"
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table"

export const weeklyClasses = [
  { id: "wheel-basics", name: "Wheel Throwing Basics", day: "Monday", time: "18:00", duration: 120, level: "Beginner", price: 45, spots: 8 },
  { id: "handbuilding", name: "Handbuilding & Slab Work", day: "Wednesday", time: "10:00", duration: 150, level: "All levels", price: 40, spots: 10 },
  { id: "glaze-lab", name: "Glaze Lab", day: "Thursday", time: "19:00", duration: 90, level: "Intermediate", price: 35, spots: 6 },
  { id: "open-studio", name: "Open Studio", day: "Saturday", time: "13:00", duration: 180, level: "Members", price: 25, spots: 12 },
]

export function Timetable() {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Class</TableHead>
          <TableHead>When</TableHead>
          <TableHead>Level</TableHead>
          <TableHead>Spots</TableHead>
          <TableHead className="text-right">Drop-in</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {weeklyClasses.map((c) => (
          <TableRow key={c.id}>
            <TableCell className="font-medium">{c.name}</TableCell>
            <TableCell>
              <span className="flex items-center gap-1">
                <Clock className="h-3 w-3" /> {c.day}s {c.time} · {c.duration} min
              </span>
            </TableCell>
            <TableCell><Badge variant="outline">{c.level}</Badge></TableCell>
            <TableCell>
              <span className="flex items-center gap-1"><Users className="h-3 w-3" /> {c.spots}</span>
            </TableCell>
            <TableCell className="text-right">${c.price}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}

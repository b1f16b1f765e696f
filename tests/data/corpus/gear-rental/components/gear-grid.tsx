import Image from "next/image"
import { Badge } from "@/components/ui/badge"
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card"
import { gear } from "@/lib/inventory"

export function GearGrid() {
  return (
    <div className="grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
      {gear.map((item) => (
        <Card key={item.sku} className={item.available ? "" : "opacity-60"}>
          <div className="relative aspect-[4/3]">
            <Image src={item.image} alt={item.name} fill className="rounded-t-lg object-cover" />
          </div>
          <CardHeader className="pb-2">
            <div className="flex items-center justify-between">
              <Badge variant="outline">{item.category}</Badge>
              <Badge variant={item.available ? "default" : "secondary"}>
                {item.available ? "Available" : "Booked"}
              </Badge>
            </div>
            <CardTitle className="text-base">{item.name}</CardTitle>
          </CardHeader>
          <CardContent className="text-sm">
            <p className="text-lg font-semibold">${item.dailyRate}<span className="text-sm font-normal">/day</span></p>
            <p className="text-muted-foreground">${item.deposit} refundable deposit</p>
          </CardContent>
        </Card>
      ))}
    </div>
  )
}

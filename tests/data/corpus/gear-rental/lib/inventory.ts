export type Gear = {
  sku: string
  name: string
  category: "Camera" | "Lens" | "Lighting" | "Support"
  dailyRate: number
  deposit: number
  image: string
  available: boolean
}

export const gear: Gear[] = [
  { sku: "CAM-R5", name: "Canon EOS R5 Body", category: "Camera", dailyRate: 89, deposit: 1500, image: "/gear/r5.jpg", available: true },
  { sku: "LNS-2470", name: "RF 24-70mm f/2.8L", category: "Lens", dailyRate: 45, deposit: 800, image: "/gear/rf2470.jpg", available: true },
  { sku: "LGT-600D", name: "Aputure LS 600d Pro", category: "Lighting", dailyRate: 60, deposit: 900, image: "/gear/600d.jpg", available: false },
  { sku: "SUP-RS3", name: "DJI RS 3 Pro Gimbal", category: "Support", dailyRate: 38, deposit: 600, image: "/gear/rs3.jpg", available: true },
]

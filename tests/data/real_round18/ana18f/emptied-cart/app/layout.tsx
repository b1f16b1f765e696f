import type { ReactNode } from "react"
import { BasketProvider } from "../lib/basket"

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <BasketProvider>{children}</BasketProvider>
      </body>
    </html>
  )
}

import { ShopProvider } from "@/components/shop-context"

export default function Layout({ children }: { children: React.ReactNode }) {
  return (
    <html>
      <body>
        <ShopProvider>{children}</ShopProvider>
      </body>
    </html>
  )
}

import "./globals.css"

export const metadata = { title: "Next 16 app", generator: "v0.app" }

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}

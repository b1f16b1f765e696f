import "./globals.css"

export const metadata = { title: "Next 14 app", generator: "v0.dev" }

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}

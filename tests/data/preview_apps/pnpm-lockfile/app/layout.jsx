export const metadata = { title: "pnpm app", generator: "v0.app" }

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}

export function Dialog({ children }: { children: React.ReactNode; open?: boolean; onOpenChange?: (v: boolean) => void }) {
  return <div>{children}</div>
}
export function DialogContent({ children }: { children: React.ReactNode }) {
  return <div role="dialog">{children}</div>
}
export function DialogTitle({ children }: { children: React.ReactNode }) {
  return <h2>{children}</h2>
}

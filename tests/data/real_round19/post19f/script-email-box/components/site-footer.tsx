import Link from "next/link"
import { Input } from "@/components/ui/input"
import { Button } from "@/components/ui/button"

export function SiteFooter() {
  return (
    <footer className="border-t py-10">
      <div className="grid gap-8 md:grid-cols-3">
        <nav className="flex flex-col gap-2">
          <Link href="/about">درباره ما</Link>
          <Link href="/faq">سوالات متداول</Link>
        </nav>
        <div>
          <h4 className="font-medium">عضویت در خبرنامه</h4>
          <div className="flex gap-2">
            <Input placeholder="ایمیل خود را وارد کنید" />
            <Button>عضویت</Button>
          </div>
        </div>
      </div>
    </footer>
  )
}

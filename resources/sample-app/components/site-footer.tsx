import Link from "next/link";

import { NewsletterForm } from "@/components/newsletter-form";
import { business } from "@/lib/data";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t bg-muted/40">
      <div className="container grid gap-10 py-12 md:grid-cols-3">
        <div className="space-y-2">
          <p className="font-serif text-lg font-semibold">{business.name}</p>
          <p className="text-sm text-muted-foreground">{business.tagline}</p>
        </div>
        <address className="space-y-1 text-sm not-italic text-muted-foreground">
          <p>{business.address}</p>
          <p>
            <a href={`mailto:${business.email}`} className="hover:text-foreground">
              {business.email}
            </a>
          </p>
          <p>{business.phone}</p>
          <p>
            <Link href="/contact" className="hover:text-foreground">
              Opening hours &amp; directions
            </Link>
          </p>
        </address>
        <NewsletterForm />
      </div>
      <div className="container border-t py-6 text-xs text-muted-foreground">
        © {business.name}. A sample project bundled with l4ydesk.
      </div>
    </footer>
  );
}

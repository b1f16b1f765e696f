import type { Metadata } from "next";
import { Mail, MapPin, Phone } from "lucide-react";

import { ContactForm } from "@/components/contact-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { business } from "@/lib/data";

export const metadata: Metadata = {
  title: "Contact",
  description: "Get in touch with Harbor & Pine Studio.",
};

export default function ContactPage() {
  return (
    <section className="container grid gap-10 py-16 md:grid-cols-2">
      <div className="space-y-6">
        <h1 className="font-serif text-4xl font-semibold tracking-tight">Say hello</h1>
        <p className="max-w-md text-muted-foreground">
          Questions about an order, a commission or a private event? Send us a note and we&apos;ll get back to you.
        </p>
        <ul className="space-y-3 text-sm">
          <li className="flex items-center gap-2">
            <MapPin className="h-4 w-4 text-muted-foreground" /> {business.address}
          </li>
          <li className="flex items-center gap-2">
            <Mail className="h-4 w-4 text-muted-foreground" /> {business.email}
          </li>
          <li className="flex items-center gap-2">
            <Phone className="h-4 w-4 text-muted-foreground" /> {business.phone}
          </li>
        </ul>
        <p className="text-sm text-muted-foreground">Open Tuesday–Sunday, 10am–6pm.</p>
      </div>
      <Card>
        <CardHeader>
          <CardTitle>Contact us</CardTitle>
          <CardDescription>All fields are required.</CardDescription>
        </CardHeader>
        <CardContent>
          <ContactForm />
        </CardContent>
      </Card>
    </section>
  );
}

"""Small v0-style apps (written for these tests) for the compatibility rules to work on."""

from __future__ import annotations

import json

from l4ydesk.resource_paths import resource

UTILS = resource("compat", "shadcn", "utils.ts").read_bytes()
BUTTON = resource("compat", "shadcn", "button.tsx").read_bytes()

V4_GLOBALS = """@import "tailwindcss";
@import "tw-animate-css";

@custom-variant dark (&:is(.dark *));

:root {
  --background: oklch(1 0 0);
  --foreground: oklch(0.145 0 0);
  --primary: oklch(0.205 0 0);
  --radius: 0.625rem;
}

@theme inline {
  --color-background: var(--background);
  --color-foreground: var(--foreground);
  --color-primary: var(--primary);
  --radius-lg: var(--radius);
  --font-sans: var(--font-geist-sans);
  --animate-float: float 3s ease-in-out infinite;
  @keyframes float {
    50% { transform: translateY(-4px); }
  }
}

@utility text-balance-pretty {
  text-wrap: pretty;
}

@layer base {
  body {
    @apply bg-background text-foreground;
  }
}
"""

V3_GLOBALS = """@tailwind base;
@tailwind components;
@tailwind utilities;

@layer base {
  :root {
    --background: 0 0% 100%;
  }
}
"""

LAYOUT = """import type { Metadata } from "next"
import "./globals.css"

export const metadata: Metadata = { title: "Cafe" }

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
"""

PAGE = """import { Button } from "@/components/ui/button"

export default function Home() {
  return (
    <main className="p-8">
      <h1 className="text-3xl">Cafe con Amor</h1>
      <Button>Order</Button>
    </main>
  )
}
"""

TSCONFIG = """{
  "compilerOptions": {
    "target": "ES6",
    "jsx": "preserve",
    // v0 writes comments and trailing commas here
    "paths": { "@/*": ["./*"], },
  },
  "include": ["next-env.d.ts", "**/*.ts", "**/*.tsx"]
}
"""


def package_json(tailwind: str, **extra: str) -> bytes:
    dev = {"typescript": "5.7.3", "tailwindcss": tailwind}
    if tailwind.startswith(("^4", "4")):
        dev["@tailwindcss/postcss"] = tailwind
    deps = {
        "next": "15.5.6",
        "react": "19.2.0",
        "react-dom": "19.2.0",
        "clsx": "2.1.1",
        "tailwind-merge": "2.6.1",
        "class-variance-authority": "0.7.1",
        "@radix-ui/react-slot": "1.1.1",
        **extra,
    }
    data = {"name": "cafe", "private": True, "dependencies": deps, "devDependencies": dev}
    return (json.dumps(data, indent=2) + "\n").encode()


def v0_app(tailwind: str = "^4.1.9", **files: str | bytes) -> dict[str, bytes]:
    """An app like v0 writes it: Tailwind per `tailwind`, the button component, a page."""
    v4 = tailwind.startswith(("^4", "4"))
    plugin = '"@tailwindcss/postcss": {}' if v4 else "tailwindcss: {}"
    base: dict[str, str | bytes] = {
        "package.json": package_json(tailwind),
        "tsconfig.json": TSCONFIG,
        "postcss.config.mjs": f"const config = {{\n  plugins: {{\n    {plugin},\n  }},\n}}\n\n"
        "export default config\n",
        "app/globals.css": V4_GLOBALS if v4 else V3_GLOBALS,
        "app/layout.tsx": LAYOUT,
        "app/page.tsx": PAGE,
        "components/ui/button.tsx": BUTTON,
        "lib/utils.ts": UTILS,
        "public/placeholder.svg": b"<svg xmlns='http://www.w3.org/2000/svg'/>",
    }
    base.update(files)
    return {k: v.encode() if isinstance(v, str) else v for k, v in base.items()}

"use client";
// Loads the builder's inspector helper (/l4y/react-probe.js) only when the app runs with
// NEXT_PUBLIC_BUILDER_MODE=true, so the builder's Live preview can inspect the deployed app;
// visitors of a normal deployment never load it.
import { useEffect } from "react";

export const BUILDER_MODE = process.env.NEXT_PUBLIC_BUILDER_MODE === "true";
const SCRIPT_ID = "l4y-builder-inspector";

export function loadBuilderInspector(): void {
  if (!BUILDER_MODE || typeof document === "undefined" || document.getElementById(SCRIPT_ID)) return;
  const script = document.createElement("script");
  script.id = SCRIPT_ID;
  script.src = "/l4y/react-probe.js";
  script.async = true;
  document.head.appendChild(script);
}

export function BuilderInspector(): null {
  useEffect(loadBuilderInspector, []);
  return null;
}

"use client"

import { useEffect } from "react"

// a counter of visits loaded from outside: it books nothing
export function VisitStats() {
  useEffect(() => {
    const tag = document.createElement("script")
    tag.src = "https://stats.example.org/count.js"
    document.head.appendChild(tag)
  }, [])

  return <h2>Our workshop in numbers</h2>
}

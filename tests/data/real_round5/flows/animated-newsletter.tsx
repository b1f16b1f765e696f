"use client"

import { useState } from "react"
import { motion } from "framer-motion"
import { GlowButton } from "@/components/glow-button"

// an animated newsletter box: the form and its button are wrapped by the page's own libraries
export function Newsletter() {
  const [email, setEmail] = useState("")
  return (
    <section>
      <h2>Recibe nuestras ofertas</h2>
      <motion.form animate={{ opacity: 1 }} onSubmit={(e) => e.preventDefault()}>
        <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
        <GlowButton>Suscribirme</GlowButton>
      </motion.form>
    </section>
  )
}

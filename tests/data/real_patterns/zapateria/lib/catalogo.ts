export const zapatillas = [
  { id: 1, nombre: "Trail Ligera 3", precio: 89.9, imagen: "/placeholder.svg?height=300&width=300" },
  { id: 2, nombre: "Urbana Clásica", precio: 64.5, imagen: "/placeholder.svg?height=300&width=300" },
  { id: 3, nombre: "Maratón Pro", precio: 139, imagen: "/placeholder.svg?height=300&width=300" },
]

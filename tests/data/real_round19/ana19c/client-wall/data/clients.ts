export const clientShots = [
  { id: 1, name: "Studio North", image: "/shots/north.jpg", caption: "Kitchen, 2024" },
  { id: 2, name: "Casa Verde", image: "/shots/verde.jpg", caption: "Terrace, 2023" },
  { id: 3, name: "Hotel Lumen", image: "/shots/lumen.gif", caption: "Lobby, 2025" },
]

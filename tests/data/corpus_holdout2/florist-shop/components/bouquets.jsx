export const bouquets = [
  { id: "b1", title: "Peony Cloud", price: "$65", photo: "/flowers/peony.jpg", stems: 15 },
  { id: "b2", title: "Wild Meadow", price: "$48", photo: "/flowers/meadow.jpg", stems: 20 },
  { id: "b3", title: "Ranunculus Dream", price: "$72", photo: "/flowers/ranunculus.jpg", stems: 18 },
  { id: "b4", title: "Eucalyptus Bundle", price: "$28", photo: "/flowers/eucalyptus.jpg", stems: 10 },
]

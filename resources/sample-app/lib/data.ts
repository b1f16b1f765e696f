export type ProductVariant = {
  id: string;
  name: string;
  /** Price difference from the base price, in the product's currency. */
  priceDelta?: number;
};

export type Product = {
  id: string;
  name: string;
  description: string;
  price: number;
  currency: string;
  image: string;
  category: "tableware" | "decor" | "gift";
  variants?: ProductVariant[];
  inStock: boolean;
};

export type Workshop = {
  id: string;
  title: string;
  description: string;
  /** ISO 8601 with the studio's UTC offset. */
  startsAt: string;
  endsAt: string;
  location: string;
  capacity: number;
  spotsTaken: number;
  price: number;
  currency: string;
  level: "Beginner" | "Intermediate" | "All levels";
};

export type Service = {
  id: string;
  name: string;
  description: string;
  durationMinutes: number;
  price: number;
  currency: string;
};

export const business = {
  name: "Harbor & Pine Studio",
  tagline: "Hand-thrown ceramics from a small studio on the water.",
  email: "hello@harborandpine.example",
  phone: "+1 (207) 555-0142",
  address: "14 Wharf Lane, Portland, ME 04101",
  timeZone: "America/New_York",
} as const;

export const products: Product[] = [
  {
    id: "tide-mug",
    name: "Tide Mug",
    description: "A 12 oz wheel-thrown mug with a thumb rest and a glossy sea-glass glaze.",
    price: 38,
    currency: "USD",
    image: "/images/products/tide-mug.svg",
    category: "tableware",
    variants: [
      { id: "sea-glass", name: "Sea Glass" },
      { id: "driftwood", name: "Driftwood" },
      { id: "fog", name: "Fog White" },
    ],
    inStock: true,
  },
  {
    id: "pine-serving-bowl",
    name: "Pine Serving Bowl",
    description: "A wide stoneware bowl for salads and bread, finished in a deep forest green.",
    price: 96,
    currency: "USD",
    image: "/images/products/pine-bowl.svg",
    category: "tableware",
    variants: [
      { id: "medium", name: "Medium (10 in)" },
      { id: "large", name: "Large (13 in)", priceDelta: 28 },
    ],
    inStock: true,
  },
  {
    id: "harbor-bud-vase",
    name: "Harbor Bud Vase",
    description: "A small speckled vase, just right for a single stem on a windowsill.",
    price: 42,
    currency: "USD",
    image: "/images/products/bud-vase.svg",
    category: "decor",
    inStock: true,
  },
  {
    id: "dinner-plate-set",
    name: "Dinner Plate Set of 4",
    description: "Four matte stoneware plates with a raw clay rim. Dishwasher safe.",
    price: 168,
    currency: "USD",
    image: "/images/products/plate-set.svg",
    category: "tableware",
    variants: [
      { id: "oat", name: "Oat" },
      { id: "charcoal", name: "Charcoal" },
    ],
    inStock: true,
  },
  {
    id: "moss-planter",
    name: "Moss Planter",
    description: "A hanging planter with a drainage hole and a jute cord.",
    price: 54,
    currency: "USD",
    image: "/images/products/planter.svg",
    category: "decor",
    inStock: false,
  },
  {
    id: "studio-gift-card",
    name: "Studio Gift Card",
    description: "Good for anything in the shop, a workshop seat or open studio time.",
    price: 50,
    currency: "USD",
    image: "/images/products/gift-card.svg",
    category: "gift",
    variants: [
      { id: "50", name: "$50" },
      { id: "100", name: "$100", priceDelta: 50 },
      { id: "150", name: "$150", priceDelta: 100 },
    ],
    inStock: true,
  },
];

export const workshops: Workshop[] = [
  {
    id: "intro-wheel-throwing",
    title: "Intro to Wheel Throwing",
    description:
      "Three hours on the wheel with our lead potter. Centre, open and pull your first cylinders, then pick two pieces for us to glaze and fire.",
    startsAt: "2027-01-16T10:00:00-05:00",
    endsAt: "2027-01-16T13:00:00-05:00",
    location: "Harbor & Pine Studio, 14 Wharf Lane, Portland, ME",
    capacity: 8,
    spotsTaken: 5,
    price: 85,
    currency: "USD",
    level: "Beginner",
  },
  {
    id: "glaze-lab",
    title: "Glaze Lab: Layering and Dipping",
    description:
      "Bring bisque-fired pieces (or use ours) and learn to layer, dip and wax-resist with the studio's house glazes.",
    startsAt: "2027-02-06T14:00:00-05:00",
    endsAt: "2027-02-06T16:30:00-05:00",
    location: "Harbor & Pine Studio, 14 Wharf Lane, Portland, ME",
    capacity: 10,
    spotsTaken: 2,
    price: 70,
    currency: "USD",
    level: "All levels",
  },
];

export const services: Service[] = [
  {
    id: "private-lesson",
    name: "Private wheel lesson",
    description: "One-to-one time on the wheel with an instructor.",
    durationMinutes: 90,
    price: 120,
    currency: "USD",
  },
  {
    id: "open-studio",
    name: "Open studio session",
    description: "Wheel, tools and clay for members who already throw.",
    durationMinutes: 120,
    price: 35,
    currency: "USD",
  },
  {
    id: "date-night",
    name: "Date night for two",
    description: "Two wheels, a bottle of cider and a guided evening session.",
    durationMinutes: 120,
    price: 160,
    currency: "USD",
  },
];

export const timeSlots = ["09:00", "10:30", "12:00", "13:30", "15:00", "16:30", "18:00"];

export const durationOptions = [60, 90, 120];

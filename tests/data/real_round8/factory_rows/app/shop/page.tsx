import { perennials } from "@/lib/plants"
import { handTools, seeds } from "@/lib/tools"

export default function ShopPage() {
  return (
    <main>
      <h1>Plants and tools</h1>
      <ul>
        {[...perennials, ...handTools].map((item) => (
          <li key={item.name}>
            {item.name} <span>£{item.price.toFixed(2)}</span>
            <button>Add to basket</button>
          </li>
        ))}
      </ul>
      <p>{seeds.length} seed packets in store</p>
    </main>
  )
}

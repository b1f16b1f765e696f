export default function ViewTabs({ items, onPick }) {
  return (
    <nav>
      {items.map((item) => (
        <a key={item.key} onClick={() => onPick(item.key)}>
          {item.label}
        </a>
      ))}
    </nav>
  )
}

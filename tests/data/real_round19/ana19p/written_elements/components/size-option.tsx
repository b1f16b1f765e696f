type SizeOptionProps = { label: string; price: string; selected: boolean; onSelect: () => void }

export function SizeOption({ label, price, selected, onSelect }: SizeOptionProps) {
  return (
    <button className={selected ? "border-black" : "border-gray"} onClick={onSelect}>
      <h4>{label}</h4>
      <span>{price}</span>
    </button>
  )
}

export function OutlinedInput({ label, name, type = "text" }: { label: string; name: string; type?: string }) {
  return (
    <label className="outlined">
      <span>{label}</span>
      <input name={name} type={type} />
    </label>
  )
}

// "Built with l4ydesk": shown on apps published from the Free tier.
export function BuiltWithBadge() {
  return (
    <a
      href="https://l4ydesk.com/?ref=badge"
      target="_blank"
      rel="noopener"
      style={{
        position: "fixed",
        right: 12,
        bottom: 12,
        zIndex: 2147483000,
        padding: "6px 10px",
        borderRadius: 9999,
        background: "#111827",
        color: "#ffffff",
        font: "500 12px/1.2 system-ui, sans-serif",
        textDecoration: "none",
        boxShadow: "0 2px 8px rgba(0,0,0,.25)",
      }}
    >
      Built with l4ydesk
    </a>
  );
}

/** Headline figures as a list of terms and values, laid out as tiles. */
export function StatGrid({ items }: { items: { key: string; label: string; value: string }[] }) {
  return (
    <dl className="stat-grid">
      {items.map((i) => (
        <div key={i.key} className="stat-grid__item">
          <dt>{i.label}</dt>
          <dd>{i.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Each group has a colour and a shape, so groups are told apart without seeing colour. */
export const GROUP_SHAPES = ['circle', 'square', 'triangle', 'diamond', 'cross'] as const;
export type GroupShape = (typeof GROUP_SHAPES)[number];

/** The path (or circle) of a group's shape centred on (x, y) with radius r, for use in any SVG. */
export function ShapeAt({ index, x, y, r, className }: { index: number; x: number; y: number; r: number; className?: string }) {
  const shape = GROUP_SHAPES[index % GROUP_SHAPES.length]!;
  const cls = className ?? `group-fill-${index % GROUP_SHAPES.length}`;
  const f = (n: number) => Math.round(n * 100) / 100;
  switch (shape) {
    case 'circle':
      return <circle className={cls} cx={f(x)} cy={f(y)} r={f(r)} />;
    case 'square':
      return <rect className={cls} x={f(x - r * 0.9)} y={f(y - r * 0.9)} width={f(r * 1.8)} height={f(r * 1.8)} />;
    case 'triangle':
      return <path className={cls} d={`M${f(x)} ${f(y - r * 1.15)}L${f(x + r)} ${f(y + r * 0.75)}L${f(x - r)} ${f(y + r * 0.75)}Z`} />;
    case 'diamond':
      return <path className={cls} d={`M${f(x)} ${f(y - r * 1.2)}L${f(x + r * 1.2)} ${f(y)}L${f(x)} ${f(y + r * 1.2)}L${f(x - r * 1.2)} ${f(y)}Z`} />;
    case 'cross': {
      const a = r * 0.4, b = r * 1.1;
      return (
        <path
          className={cls}
          d={`M${f(x - a)} ${f(y - b)}H${f(x + a)}V${f(y - a)}H${f(x + b)}V${f(y + a)}H${f(x + a)}V${f(y + b)}H${f(x - a)}V${f(y + a)}H${f(x - b)}V${f(y - a)}H${f(x - a)}Z`}
        />
      );
    }
  }
}

/** A small swatch of the group's colour and shape, beside its name; decorative. */
export function GroupMark({ index }: { index: number }) {
  return (
    <svg className="group-mark" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <ShapeAt index={index} x={8} y={8} r={6} />
    </svg>
  );
}

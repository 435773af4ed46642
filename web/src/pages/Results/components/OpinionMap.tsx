import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Results } from '../../../api/types';
import { useLang } from '../../../i18n/LangContext';
import { NS } from '../i18n';
import { formatNumber, formatPart, groupLetter } from './format';
import { GROUP_SHAPES, GroupMark, ShapeAt } from './GroupMark';

const W = 400;
const H = 300;
const PAD = 18;

interface Props {
  map: Results['map'];
  groups: Results['groups'];
  /** The reader's own position, when they have voted enough. */
  you: { x: number; y: number; groupIndex: number | null } | null;
}

/**
 * The opinion map: every grouped participant as a mark in the plane of the two main opinion axes,
 * in their group's colour and shape, the group centres lettered and the reader ringed. An image
 * with a title and description, always followed by the same information as a table.
 */
export function OpinionMap({ map, groups, you }: Props) {
  const { t } = useTranslation(NS);
  const lang = useLang();
  const id = useId();
  const xs = [...map.points.map((p) => p.x), ...groups.map((g) => g.centre[0] ?? 0), ...(you ? [you.x] : [])];
  const ys = [...map.points.map((p) => p.y), ...groups.map((g) => g.centre[1] ?? 0), ...(you ? [you.y] : [])];
  const [minX, maxX] = [Math.min(0, ...xs), Math.max(0, ...xs)];
  const [minY, maxY] = [Math.min(0, ...ys), Math.max(0, ...ys)];
  const sx = (x: number) => PAD + ((x - minX) / (maxX - minX || 1)) * (W - 2 * PAD);
  // Up is up: SVG's y grows downwards.
  const sy = (y: number) => H - PAD - ((y - minY) / (maxY - minY || 1)) * (H - 2 * PAD);
  const indexOf = new Map(groups.map((g, i) => [g.id, i]));
  const grouped = groups.reduce((n, g) => n + g.size, 0);

  const groupSummary = groups
    .map((g, i) => t('map.groupSummary', { letter: groupLetter(i), shape: t(`map.shape.${GROUP_SHAPES[i % GROUP_SHAPES.length]}`), count: g.size }))
    .join(' ');
  const youSummary = you
    ? you.groupIndex !== null
      ? t('map.youClosest', { letter: groupLetter(you.groupIndex) })
      : t('map.you')
    : '';

  return (
    <figure className="opinion-map">
      <svg className="opinion-map__svg" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title id={`${id}-t`}>{t('map.title')}</title>
        <desc id={`${id}-d`}>{[t('map.desc', { count: map.points.length, total: map.total }), groupSummary, youSummary].filter(Boolean).join(' ')}</desc>
        <rect className="opinion-map__frame" x="0.5" y="0.5" width={W - 1} height={H - 1} />
        <line className="opinion-map__axis" x1={sx(minX)} y1={sy(0)} x2={sx(maxX)} y2={sy(0)} />
        <line className="opinion-map__axis" x1={sx(0)} y1={sy(minY)} x2={sx(0)} y2={sy(maxY)} />
        <g className="opinion-map__points">
          {map.points.map((p, i) => (
            <ShapeAt key={i} index={indexOf.get(p.group) ?? 0} x={sx(p.x)} y={sy(p.y)} r={2.4} />
          ))}
        </g>
        {groups.map((g, i) => (
          <g key={g.id} className="opinion-map__centre">
            <ShapeAt index={i} x={sx(g.centre[0] ?? 0)} y={sy(g.centre[1] ?? 0)} r={9} className={`group-fill-${i % GROUP_SHAPES.length} opinion-map__centre-mark`} />
            <text className="opinion-map__label" x={sx(g.centre[0] ?? 0) + 12} y={sy(g.centre[1] ?? 0) + 5}>
              {groupLetter(i)}
            </text>
          </g>
        ))}
        {you ? (
          <g className="opinion-map__you">
            <circle className="opinion-map__you-ring" cx={sx(you.x)} cy={sy(you.y)} r={10} />
            <circle className="opinion-map__you-dot" cx={sx(you.x)} cy={sy(you.y)} r={3} />
            <text className="opinion-map__label" x={sx(you.x) + 13} y={sy(you.y) - 8}>
              {t('map.youLabel')}
            </text>
          </g>
        ) : null}
      </svg>
      <figcaption className="opinion-map__caption">{t('map.caption')}</figcaption>
      <div className="table-scroll" role="region" aria-labelledby={`${id}-c`} tabIndex={0}>
        <table className="data-table">
          <caption id={`${id}-c`}>{t('map.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('map.table.group')}</th>
              <th scope="col">{t('map.table.participants')}</th>
              <th scope="col">{t('map.table.share')}</th>
              <th scope="col">{t('map.table.position')}</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g, i) => (
              <tr key={g.id}>
                <th scope="row">
                  <GroupMark index={i} /> {t('groups.name', { letter: groupLetter(i) })} ({t(`map.shape.${GROUP_SHAPES[i % GROUP_SHAPES.length]}`)})
                </th>
                <td>{formatNumber(g.size, lang)}</td>
                <td>{formatPart(g.size, grouped, lang)}</td>
                <td>{`${formatNumber(g.centre[0] ?? 0, lang, 2)}; ${formatNumber(g.centre[1] ?? 0, lang, 2)}`}</td>
              </tr>
            ))}
            {you ? (
              <tr>
                <th scope="row">{t('map.youLabel')}</th>
                <td colSpan={2}>{you.groupIndex !== null ? t('map.youClosest', { letter: groupLetter(you.groupIndex) }) : '–'}</td>
                <td>{`${formatNumber(you.x, lang, 2)}; ${formatNumber(you.y, lang, 2)}`}</td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

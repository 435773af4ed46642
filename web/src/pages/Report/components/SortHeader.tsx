import type { Sort, SortKey } from './statement-sort';

/** A column header that sorts the table; the sorted column says so with aria-sort, the arrow only repeats it. */
export function SortHeader({ id, label, sort, onSort }: { id: SortKey; label: string; sort: Sort; onSort: (key: SortKey) => void }) {
  const active = sort.key === id;
  return (
    <th scope="col" aria-sort={active ? sort.dir : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort(id)}>
        {label}
        <svg className="sort-button__icon" viewBox="0 0 10 12" width="10" height="12" aria-hidden="true" focusable="false">
          {!active || sort.dir === 'ascending' ? <path d="M5 1l4 4H1z" /> : null}
          {!active || sort.dir === 'descending' ? <path d="M5 11l4-4H1z" /> : null}
        </svg>
      </button>
    </th>
  );
}

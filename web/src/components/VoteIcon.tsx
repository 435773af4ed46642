import type { VoteValue } from '../api/types';

const PATHS: Record<VoteValue, string> = {
  agree: 'M5 12.5l4.5 4.5L19 7.5',
  disagree: 'M6.5 6.5l11 11M17.5 6.5l-11 11',
  pass: 'M5 12h13M13 7l5 5-5 5',
};

export function VoteIcon({ value }: { value: VoteValue }) {
  return (
    <svg className="vote-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={PATHS[value]} />
    </svg>
  );
}

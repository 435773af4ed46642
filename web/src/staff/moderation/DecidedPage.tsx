import type { StaffSession } from '../http';

export default function DecidedPage({ slug }: { slug: string; session: StaffSession }) {
  return <p>{slug}</p>;
}

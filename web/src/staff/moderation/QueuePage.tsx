import type { StaffSession } from '../http';

export default function QueuePage({ slug }: { slug: string; session: StaffSession }) {
  return <p>{slug}</p>;
}

import type { StaffSession } from '../http';

export default function DashboardPage({ slug }: { slug: string; session: StaffSession }) {
  return <p>{slug}</p>;
}

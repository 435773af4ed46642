import { InfoPage } from '../../components/InfoPage';

export function AccessibilityPage() {
  return <InfoPage name="accessibilityPage" />;
}

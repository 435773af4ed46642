import { InfoPage } from '../../components/InfoPage';

export function PrivacyPage() {
  return <InfoPage name="privacyPage" />;
}

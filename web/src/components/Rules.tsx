import { useTranslation } from 'react-i18next';
import type { Lang } from '../api/types';

/** The conversation's rules, folded away until asked for. */
export function Rules({ rules, lang }: { rules: string[]; lang: Lang }) {
  const { t } = useTranslation();
  if (rules.length === 0) return null;
  return (
    <details className="disclosure">
      <summary>{t('rules.title')}</summary>
      <div className="disclosure__body">
        <p>{t('rules.intro')}</p>
        <ol lang={lang}>
          {rules.map((rule, i) => (
            <li key={i}>{rule}</li>
          ))}
        </ol>
      </div>
    </details>
  );
}

import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../api/types';

/** The first paragraph of the description up front; the rest and the contact behind "Read more". */
export function Intro({ description, contact, lang }: { description: string; contact: string; lang: Lang }) {
  const { t } = useTranslation();
  const [first = '', ...rest] = description.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return (
    <div className="intro">
      {first && <p className="intro__lead" lang={lang}>
          {first}
        </p>}
      {(rest.length > 0 || contact) && (
        <details className="disclosure">
          <summary>{t('conversation.readMore')}</summary>
          <div className="disclosure__body" lang={lang}>
            {rest.map((p, i) => (
              <p key={i}>{p}</p>
            ))}
            {contact && <p className="intro__contact">{contact}</p>}
          </div>
        </details>
      )}
    </div>
  );
}

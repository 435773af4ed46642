import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { PageHeading } from './PageHeading';

interface Section {
  heading: string;
  paragraphs?: string[];
  items?: string[];
  link?: { text: string; href: string };
}

/** A page of plain information (accessibility statement, privacy notice) from the translations. */
export function InfoPage({ name }: { name: 'accessibilityPage' | 'privacyPage' }) {
  const { t } = useTranslation();
  const title = t(`${name}.title`);
  useDocumentTitle(title);
  const intro = t(`${name}.intro`, { returnObjects: true }) as string[];
  const sections = t(`${name}.sections`, { returnObjects: true }) as Section[];
  return (
    <div className="page info-page">
      <PageHeading>{title}</PageHeading>
      {intro.map((p, i) => (
        <p key={i} className={i === 0 ? 'lead' : undefined}>
          {p}
        </p>
      ))}
      {sections.map((section) => (
        <section key={section.heading}>
          <h2>{section.heading}</h2>
          {section.paragraphs?.map((p, i) => <p key={i}>{p}</p>)}
          {section.items && (
            <ul>
              {section.items.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
          )}
          {section.link && (
            <p>
              <a href={section.link.href} rel="noreferrer">
                {section.link.text}
              </a>
            </p>
          )}
        </section>
      ))}
    </div>
  );
}

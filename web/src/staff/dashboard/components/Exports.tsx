import { useStaffText } from '../../moderation/useStaffText';
import { EXPORT_FILES, exportHref } from '../api';

/** Downloads in the Pol.is export format, for researchers' tools and the city's archive. */
export function Exports({ slug }: { slug: string }) {
  const { t } = useStaffText();
  return (
    <section aria-labelledby="dash-export" className="dash-section">
      <h2 id="dash-export">{t('dashboard.export')}</h2>
      <p className="hint">{t('dashboard.exportHint')}</p>
      <p>
        <a className="button button--small" href={exportHref(slug)} download>
          {t('dashboard.exportZip')}
        </a>
      </p>
      <ul className="export-files">
        {EXPORT_FILES.map((file) => (
          <li key={file}>
            <a href={exportHref(slug, file)} download>
              {file}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

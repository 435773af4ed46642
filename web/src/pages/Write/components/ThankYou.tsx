import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubmittedStatement } from '../../../api/types';
import { useLang } from '../../../i18n/LangContext';
import { Link } from '../../../router/Link';
import { paths } from '../../../router/routes';

interface Props {
  slug: string;
  statement: SubmittedStatement;
  onWriteAnother: () => void;
  focusRef: Ref<HTMLHeadingElement>;
}

export function ThankYou({ slug, statement, onWriteAnother, focusRef }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <section className="card thank-you" aria-labelledby="thanks-title">
      <h2 id="thanks-title" ref={focusRef} tabIndex={-1}>
        {t('write.thanksTitle')}
      </h2>
      <p>{statement.status === 'published' ? t('write.thanksPublished') : t('write.thanksPending')}</p>
      <blockquote className="thank-you__statement" lang={statement.lang}>
        {statement.text}
      </blockquote>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={onWriteAnother}>
          {t('write.another')}
        </button>
        <Link href={paths.conversation(lang, slug)} className="button">
          {t('write.backToVoting')}
        </Link>
      </div>
    </section>
  );
}

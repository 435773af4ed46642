import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useLang } from '../../i18n/LangContext';
import { conversationTexts } from '../../lib/localized';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { Link } from '../../router/Link';
import { paths } from '../../router/routes';
import type { StaffConversationItem } from '../api';
import { useStaffErrorText } from '../components/useStaffErrorText';
import { takeFlash } from '../lib/flash';
import { mayCreate, useStaff } from '../StaffContext';

function ConversationItem({ item }: { item: StaffConversationItem }) {
  const { t } = useTranslation('staff');
  const lang = useLang();
  const { conversation, role, queue } = item;
  const slug = conversation.id;
  const { lang: textLang, texts } = conversationTexts(conversation, lang);
  return (
    <li className="card staff-card">
      <h2 className="staff-card__title">
        <Link href={paths.staff(lang, 'c', slug)} lang={textLang}>
          {texts.title || slug}
        </Link>
      </h2>
      <dl className="facts facts--inline">
        <div>
          <dt>{t('list.phase')}</dt>
          <dd>{t(`phase.${conversation.phase}`)}</dd>
        </div>
        <div>
          <dt>{t('list.role')}</dt>
          <dd>{t(`roles.${role}`)}</dd>
        </div>
        <div>
          <dt>{t('list.pending')}</dt>
          <dd>{queue.pending}</dd>
        </div>
        <div>
          <dt>{t('list.overdue')}</dt>
          <dd className={queue.overdue > 0 ? 'staff-overdue' : undefined}>{queue.overdue}</dd>
        </div>
      </dl>
      <ul className="staff-card__links">
        <li>
          <Link href={paths.staff(lang, 'c', slug, 'queue')}>{t('list.openQueue')}</Link>
        </li>
        {role === 'organizer' && (
          <li>
            <Link href={paths.staff(lang, 'c', slug, 'settings')}>{t('list.openSettings')}</Link>
          </li>
        )}
        <li>
          <Link href={paths.conversation(lang, slug)}>{t('list.participantView')}</Link>
        </li>
      </ul>
    </li>
  );
}

/** "My conversations": every conversation one has a role in, with its queue. */
export function ConversationsPage() {
  const { t } = useTranslation('staff');
  const lang = useLang();
  const staff = useStaff();
  const errorText = useStaffErrorText();
  const [flash] = useState(takeFlash);
  useDocumentTitle(t('list.title'));
  const { conversations } = staff;
  return (
    <div className="page staff-page">
      <PageHeading>{t('list.title')}</PageHeading>
      {flash && (
        <p className="message message--success" role="status">
          {flash}
        </p>
      )}
      {mayCreate(staff) && (
        <ul className="staff-actions">
          <li>
            <Link href={paths.staff(lang, 'new')} className="button button--primary">
              {t('list.new')}
            </Link>
          </li>
          <li>
            <Link href={paths.staff(lang, 'import')} className="button">
              {t('list.import')}
            </Link>
          </li>
        </ul>
      )}
      {conversations.status === 'loading' && <Loading />}
      {conversations.status === 'error' && (
        <p className="message message--error" role="alert">
          {errorText(conversations.error)}
        </p>
      )}
      {conversations.status === 'ready' &&
        (conversations.value.length === 0 ? (
          <p>{t('list.none')}</p>
        ) : (
          <ul className="staff-list">
            {conversations.value.map((item) => (
              <ConversationItem key={item.conversation.id} item={item} />
            ))}
          </ul>
        ))}
    </div>
  );
}

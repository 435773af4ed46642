import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../components/Announcer';
import { useLang } from '../../i18n/LangContext';
import { Link } from '../../router/Link';
import { navigate, usePathname } from '../../router/location';
import { paths } from '../../router/routes';
import { staffApi } from '../api';
import { useStaff } from '../StaffContext';
import { useStaffErrorText } from './useStaffErrorText';

/** Who is logged in, the way back to one's conversations, and logging out. */
export function StaffBar() {
  const { t } = useTranslation('staff');
  const lang = useLang();
  const { session, setSession } = useStaff();
  const announce = useAnnounce();
  const errorText = useStaffErrorText();
  const here = usePathname();
  const [error, setError] = useState<string | null>(null);
  const home = paths.staff(lang);
  const password = paths.staff(lang, 'password');

  const logOut = async () => {
    setError(null);
    try {
      await staffApi.logOut(session);
      setSession(null);
      announce(t('bar.loggedOut'));
      navigate(home);
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <div className="staff-bar">
      <p className="staff-bar__who">
        <span className="staff-bar__tools">{t('bar.tools')}</span> {t('bar.loggedInAs', { name: session.user.displayName })}
      </p>
      <nav className="staff-bar__nav" aria-label={t('bar.navLabel')}>
        <ul>
          <li>
            <Link href={home} aria-current={here === home ? 'page' : undefined}>
              {t('bar.myConversations')}
            </Link>
          </li>
          <li>
            <Link href={password} aria-current={here === password ? 'page' : undefined}>
              {t('bar.changePassword')}
            </Link>
          </li>
          <li>
            <button type="button" className="link-button" onClick={logOut}>
              {t('bar.logOut')}
            </button>
          </li>
        </ul>
      </nav>
      {error && (
        <p className="message message--error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../components/Announcer';
import { PageHeading } from '../../components/PageHeading';
import { useLang } from '../../i18n/LangContext';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { navigate } from '../../router/location';
import { paths } from '../../router/routes';
import { staffApi } from '../api';
import { Field } from '../components/Field';
import { errorCode, useStaffErrorText } from '../components/useStaffErrorText';
import { MIN_PASSWORD_LENGTH, passwordProblem } from '../lib/passwords';
import { setFlash } from '../lib/flash';
import { useStaff } from '../StaffContext';
import { FormEnd } from '../components/FormEnd';

type Errors = { current?: string; next?: string; repeat?: string };

/** A new password; forced after a one-time password, before anything else. */
export function PasswordPage({ forced = false }: { forced?: boolean }) {
  const { t } = useTranslation('staff');
  const lang = useLang();
  const announce = useAnnounce();
  const errorText = useStaffErrorText();
  const { session, setSession } = useStaff();
  useDocumentTitle(t('password.title'));
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const focusInvalid = () => window.setTimeout(() => form.current?.querySelector<HTMLElement>('[aria-invalid=true]')?.focus());

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found: Errors = {
      current: current ? undefined : 'required',
      next: passwordProblem(next) ?? (next === current ? 'samePassword' : undefined),
      repeat: repeat === next ? undefined : 'passwordsDiffer',
    };
    setErrors(found);
    setError(null);
    if (found.current || found.next || found.repeat) return focusInvalid();
    setBusy(true);
    try {
      await staffApi.changePassword(session, current, next);
      setSession({ ...session, user: { ...session.user, mustChangePassword: false } });
      setFlash(t('password.changed'));
      announce(t('password.changed'));
      navigate(paths.staff(lang));
    } catch (e) {
      const code = errorCode(e);
      if (code === 'invalid_credentials') setErrors({ current: 'wrongPassword' });
      else if (code === 'validation_failed') setErrors({ next: 'passwordTooShort' });
      else setError(errorText(e));
      focusInvalid();
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page staff-page">
      <PageHeading>{t('password.title')}</PageHeading>
      {forced && <p className="message message--info">{t('password.forced')}</p>}
      <form className="staff-form staff-form--narrow" onSubmit={submit} noValidate ref={form}>
        <Field
          id="password-current"
          label={t(forced ? 'password.currentOneTime' : 'password.current')}
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={setCurrent}
          error={errors.current}
          required
        />
        <Field
          id="password-new"
          label={t('password.new')}
          hint={t('password.rules', { count: MIN_PASSWORD_LENGTH })}
          type="password"
          autoComplete="new-password"
          value={next}
          onChange={setNext}
          error={errors.next}
          required
        />
        <Field id="password-repeat" label={t('password.repeat')} type="password" autoComplete="new-password" value={repeat} onChange={setRepeat} error={errors.repeat} required />
        <FormEnd error={error} busy={busy} label={t('password.submit')} />
      </form>
    </div>
  );
}

import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { staffApi, type SessionInfo } from '../api';
import { Field } from '../components/Field';
import { useStaffErrorText } from '../components/useStaffErrorText';
import { FormEnd } from '../components/FormEnd';

export function LoginPage({ onLoggedIn }: { onLoggedIn: (session: SessionInfo) => void }) {
  const { t } = useTranslation('staff');
  const errorText = useStaffErrorText();
  useDocumentTitle(t('login.title'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{ email?: string; password?: string }>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const errors = { email: email.trim() ? undefined : 'required', password: password ? undefined : 'required' };
    setFieldErrors(errors);
    setError(null);
    if (errors.email || errors.password) {
      form.current?.querySelector<HTMLElement>('[aria-invalid=true]')?.focus();
      return;
    }
    setBusy(true);
    try {
      onLoggedIn(await staffApi.logIn(email.trim(), password));
    } catch (e) {
      setError(errorText(e));
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page staff-page">
      <PageHeading>{t('login.title')}</PageHeading>
      <p className="lead">{t('login.intro')}</p>
      <form className="staff-form staff-form--narrow" onSubmit={submit} noValidate ref={form}>
        <Field id="login-email" label={t('login.email')} type="email" autoComplete="username" value={email} onChange={setEmail} error={fieldErrors.email} required />
        <Field
          id="login-password"
          label={t('login.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={fieldErrors.password}
          required
        />
        <FormEnd error={error} busy={busy} label={busy ? t('login.loggingIn') : t('login.submit')} />
      </form>
      <p className="hint">{t('login.noAccount')}</p>
    </div>
  );
}

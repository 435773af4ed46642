import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../api/types';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useLang } from '../../i18n/LangContext';
import type { Loaded } from '../../lib/useConversation';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { navigate } from '../../router/location';
import { paths } from '../../router/routes';
import { staffApi, type InviteInfo, type SessionInfo } from '../api';
import { Field } from '../components/Field';
import { errorCode, useStaffErrorText } from '../components/useStaffErrorText';
import { setFlash } from '../lib/flash';
import { formatHelsinki } from '../lib/helsinki-time';
import { MIN_PASSWORD_LENGTH, passwordProblem } from '../lib/passwords';
import { FormEnd } from '../components/FormEnd';

type Errors = { displayName?: string; password?: string; repeat?: string };

function inviteTitle(info: InviteInfo, lang: Lang): { text: string; lang: string } {
  const texts = info.conversation.texts;
  const found = texts[lang]?.title ? lang : Object.keys(texts).find((l) => texts[l]?.title);
  return found ? { text: texts[found]!.title, lang: found } : { text: info.conversation.id, lang };
}

/** Accepting an invitation: a new account (name and password), or the password of one's account. */
export function InvitePage({ token, onAccepted }: { token: string; onAccepted: (session: SessionInfo) => void }) {
  const { t } = useTranslation('staff');
  const lang = useLang();
  const errorText = useStaffErrorText();
  useDocumentTitle(t('invite.title'));
  const [info, setInfo] = useState<Loaded<InviteInfo>>({ status: 'loading' });
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    let live = true;
    staffApi.inviteInfo(token).then(
      (value) => live && setInfo({ status: 'ready', value }),
      (e: unknown) => live && setInfo({ status: 'error', error: e }),
    );
    return () => {
      live = false;
    };
  }, [token]);

  if (info.status === 'loading') return <Loading />;
  if (info.status === 'error') {
    return (
      <div className="page staff-page">
        <PageHeading>{t('invite.title')}</PageHeading>
        <p className="message message--error" role="alert">
          {errorText(info.error)}
        </p>
      </div>
    );
  }
  const invite = info.value;
  const existing = invite.accountExists;
  const title = inviteTitle(invite, lang);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found: Errors = existing
      ? { password: password ? undefined : 'required' }
      : {
          displayName: displayName.trim() ? undefined : 'required',
          password: passwordProblem(password),
          repeat: repeat === password ? undefined : 'passwordsDiffer',
        };
    setErrors(found);
    setError(null);
    const focusInvalid = () => window.setTimeout(() => form.current?.querySelector<HTMLElement>('[aria-invalid=true]')?.focus());
    if (found.displayName || found.password || found.repeat) return focusInvalid();
    setBusy(true);
    try {
      const session = await staffApi.acceptInvite(token, existing ? displayName.trim() || invite.email : displayName.trim(), password);
      onAccepted(session);
      setFlash(t('invite.accepted'));
      navigate(paths.staff(lang, 'c', invite.conversation.id));
    } catch (e) {
      const code = errorCode(e);
      if (code === 'invalid_credentials') setErrors({ password: 'wrongPassword' });
      else if (code === 'weak_password' || code === 'validation_failed') setErrors({ password: 'passwordTooShort' });
      else setError(errorText(e));
      focusInvalid();
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page staff-page">
      <PageHeading>{t('invite.title')}</PageHeading>
      <p className="lead">
        {t(`invite.intro.${invite.role}`)} <strong lang={title.lang}>{title.text}</strong>
      </p>
      <dl className="facts">
        <div>
          <dt>{t('invite.email')}</dt>
          <dd>{invite.email}</dd>
        </div>
        <div>
          <dt>{t('invite.expires')}</dt>
          <dd>{formatHelsinki(invite.expiresAt, lang)}</dd>
        </div>
      </dl>
      <p>{t(existing ? 'invite.existingAccount' : 'invite.newAccount')}</p>
      <form className="staff-form staff-form--narrow" onSubmit={submit} noValidate ref={form}>
        {!existing && (
          <Field
            id="invite-name"
            label={t('invite.displayName')}
            hint={t('invite.displayNameHint')}
            autoComplete="name"
            value={displayName}
            onChange={setDisplayName}
            error={errors.displayName}
            required
          />
        )}
        <Field
          id="invite-password"
          label={t(existing ? 'invite.currentPassword' : 'password.new')}
          hint={existing ? undefined : t('password.rules', { count: MIN_PASSWORD_LENGTH })}
          type="password"
          autoComplete={existing ? 'current-password' : 'new-password'}
          value={password}
          onChange={setPassword}
          error={errors.password}
          required
        />
        {!existing && (
          <Field id="invite-repeat" label={t('password.repeat')} type="password" autoComplete="new-password" value={repeat} onChange={setRepeat} error={errors.repeat} required />
        )}
        <FormEnd error={error} busy={busy} label={t('invite.submit')} />
      </form>
    </div>
  );
}

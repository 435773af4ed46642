import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../components/Announcer';
import { useLang } from '../../i18n/LangContext';
import { pathInLang } from '../../router/routes';
import { staffApi, type Invite, type StaffConversation, type StaffRole } from '../api';
import { Field } from '../components/Field';
import { errorCode, useStaffErrorText } from '../components/useStaffErrorText';
import { formatHelsinki } from '../lib/helsinki-time';
import { useStaff } from '../StaffContext';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Invites a moderator or organizer: the link to send them, which the server never e-mails itself. */
export function InviteSection({ conversation, onInvited }: { conversation: StaffConversation; onInvited?: () => void }) {
  const { t } = useTranslation('staff');
  const lang = useLang();
  const announce = useAnnounce();
  const errorText = useStaffErrorText();
  const { session } = useStaff();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<StaffRole>('moderator');
  const [emailError, setEmailError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [invite, setInvite] = useState<(Invite & { email: string; role: StaffRole }) | null>(null);
  const [copied, setCopied] = useState(false);
  const [busy, setBusy] = useState(false);
  const linkInput = useRef<HTMLInputElement>(null);
  const emailInput = () => document.getElementById('invite-email');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setError(null);
    setCopied(false);
    const problem = email.trim() === '' ? 'required' : EMAIL.test(email.trim()) ? undefined : 'emailFormat';
    setEmailError(problem);
    if (problem) return emailInput()?.focus();
    setBusy(true);
    try {
      const made = await staffApi.invite(session, conversation.id, email.trim(), role);
      setInvite({ ...made, email: email.trim(), role });
      setEmail('');
      onInvited?.();
      announce(t('inviteForm.made', { email: email.trim() }));
      window.setTimeout(() => linkInput.current?.focus());
    } catch (e) {
      if (errorCode(e) === 'validation_failed') {
        setEmailError('emailFormat');
        emailInput()?.focus();
      } else setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const link = invite ? `${window.location.origin}${pathInLang(invite.path, lang)}` : '';
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
      announce(t('inviteForm.copied'));
    } catch {
      // No clipboard (plain http, or refused): select the text for copying by hand.
      linkInput.current?.select();
      announce(t('inviteForm.copyByHand'));
    }
  };

  return (
    <section className="editor__section card" aria-labelledby="invite-title">
      <h2 id="invite-title">{t('inviteForm.title')}</h2>
      <p>{t('inviteForm.intro')}</p>
      <form className="staff-form" onSubmit={submit} noValidate>
        <Field id="invite-email" label={t('inviteForm.email')} type="email" autoComplete="off" value={email} onChange={setEmail} error={emailError} required />
        <div className="field">
          <label htmlFor="invite-role" className="field__label">
            {t('inviteForm.role')}
          </label>
          <p className="field__hint" id="invite-role-hint">
            {t(`inviteForm.roleHint.${role}`)}
          </p>
          <select id="invite-role" value={role} onChange={(e) => setRole(e.target.value as StaffRole)} aria-describedby="invite-role-hint">
            <option value="moderator">{t('roles.moderator')}</option>
            <option value="organizer">{t('roles.organizer')}</option>
          </select>
        </div>
        {error && (
          <p className="message message--error" role="alert">
            {error}
          </p>
        )}
        <div className="button-row">
          <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
            {t('inviteForm.submit')}
          </button>
        </div>
      </form>
      {invite && (
        <div className="message message--success invite-link">
          <p>{t('inviteForm.madeFor', { email: invite.email, role: t(`roleNames.${invite.role}`) })}</p>
          <label htmlFor="invite-link" className="field__label">
            {t('inviteForm.link')}
          </label>
          <input id="invite-link" ref={linkInput} className="field__input" readOnly value={link} onFocus={(e) => e.target.select()} aria-describedby="invite-link-expiry" />
          <p id="invite-link-expiry" className="hint">
            {t('inviteForm.expires', { date: formatHelsinki(invite.expiresAt, lang) })}
          </p>
          <div className="button-row">
            <button type="button" className="button button--small" onClick={copy}>
              {t('inviteForm.copy')}
            </button>
            <span aria-hidden="true" className="invite-link__copied">
              {copied ? t('inviteForm.copied') : ''}
            </span>
          </div>
        </div>
      )}
    </section>
  );
}

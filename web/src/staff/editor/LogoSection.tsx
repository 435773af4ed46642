import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../components/Announcer';
import { staffApi, type StaffConversation } from '../api';
import { useFieldErrorText } from '../components/Field';
import { useStaffErrorText } from '../components/useStaffErrorText';
import { LOGO_TYPES, logoProblem } from '../lib/logo';
import { useStaff } from '../StaffContext';

/** Reads a file as a data: URL, which the Content-Security-Policy allows as an image. */
const readAsDataUrl = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

export function LogoSection({ conversation }: { conversation: StaffConversation }) {
  const { t } = useTranslation('staff');
  const announce = useAnnounce();
  const errorText = useStaffErrorText();
  const fieldErrorText = useFieldErrorText();
  const { session, putConversation } = useStaff();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const current = conversation.logoUrl ?? null;

  const choose = async (chosen: File | null) => {
    setMessage(null);
    setFile(null);
    setPreview(null);
    setProblem(null);
    if (!chosen) return;
    const found = logoProblem(chosen);
    if (found) return setProblem(found);
    setFile(chosen);
    setPreview(await readAsDataUrl(chosen).catch(() => null));
  };

  const upload = async () => {
    if (!file || busy) {
      if (!file) {
        setProblem('fileRequired');
        input.current?.focus();
      }
      return;
    }
    setBusy(true);
    try {
      await staffApi.putLogo(session, conversation.id, file, file.type);
      putConversation({ ...conversation, logoUrl: `/api/v1/conversations/${encodeURIComponent(conversation.id)}/logo?v=${Date.now()}` });
      setFile(null);
      setPreview(null);
      if (input.current) input.current.value = '';
      setMessage({ kind: 'success', text: t('logo.uploaded') });
      announce(t('logo.uploaded'));
    } catch (e) {
      setMessage({ kind: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    if (busy) return;
    setBusy(true);
    try {
      await staffApi.deleteLogo(session, conversation.id);
      putConversation({ ...conversation, logoUrl: null });
      setMessage({ kind: 'success', text: t('logo.removed') });
      announce(t('logo.removed'));
      input.current?.focus();
    } catch (e) {
      setMessage({ kind: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="editor__section card" aria-labelledby="logo-title">
      <h2 id="logo-title">{t('logo.title')}</h2>
      {current ? (
        <figure className="logo-preview">
          <img src={current} alt={t('logo.currentAlt')} />
          <figcaption>{t('logo.current')}</figcaption>
        </figure>
      ) : (
        <p>{t('logo.none')}</p>
      )}
      <div className="field">
        <label htmlFor="logo-file" className="field__label">
          {t(current ? 'logo.replace' : 'logo.file')}
        </label>
        <p className="field__hint" id="logo-file-hint">
          {t('logo.hint')}
        </p>
        <input
          id="logo-file"
          ref={input}
          type="file"
          className="field__file"
          accept={LOGO_TYPES.join(',')}
          aria-describedby={`logo-file-hint${problem ? ' logo-file-error' : ''}`}
          aria-invalid={problem ? true : undefined}
          onChange={(e) => void choose(e.target.files?.[0] ?? null)}
        />
        {problem && (
          <p className="field__error" id="logo-file-error" role="alert">
            {fieldErrorText(problem)}
          </p>
        )}
      </div>
      {preview && (
        <figure className="logo-preview">
          <img src={preview} alt={t('logo.previewAlt')} />
          <figcaption>{t('logo.preview')}</figcaption>
        </figure>
      )}
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={upload} aria-disabled={busy || undefined}>
          {t('logo.upload')}
        </button>
        {current && (
          <button type="button" className="button" onClick={remove} aria-disabled={busy || undefined}>
            {t('logo.remove')}
          </button>
        )}
      </div>
      <div aria-live="polite">{message?.kind === 'success' && <p className="message message--success">{message.text}</p>}</div>
      {message?.kind === 'error' && (
        <p className="message message--error" role="alert">
          {message.text}
        </p>
      )}
    </section>
  );
}

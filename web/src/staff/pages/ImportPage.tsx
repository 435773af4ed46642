import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../components/Announcer';
import { PageHeading } from '../../components/PageHeading';
import { useLang } from '../../i18n/LangContext';
import { conversationTexts } from '../../lib/localized';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { Link } from '../../router/Link';
import { paths } from '../../router/routes';
import { staffApi, type ImportSummary } from '../api';
import { Field, useFieldErrorText } from '../components/Field';
import { errorCode, useStaffErrorText } from '../components/useStaffErrorText';
import { SLUG } from '../lib/editor-model';
import { useStaff } from '../StaffContext';
import { FormEnd } from '../components/FormEnd';

/** The largest zip the server takes (src/http/routes/export/import-route.ts). */
const MAX_ZIP_BYTES = 16 * 1024 * 1024;

type Errors = { slug?: string; file?: string };

/** Uploads a Pol.is export zip as a new, closed conversation. */
export function ImportPage() {
  const { t } = useTranslation('staff');
  const lang = useLang();
  const announce = useAnnounce();
  const errorText = useStaffErrorText();
  const fieldErrorText = useFieldErrorText();
  const { session, putConversation } = useStaff();
  useDocumentTitle(t('import.title'));
  const [slug, setSlug] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const focusInvalid = () => window.setTimeout(() => form.current?.querySelector<HTMLElement>('[aria-invalid=true]')?.focus());

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found: Errors = {
      slug: SLUG.test(slug) ? undefined : 'slugFormat',
      file: !file ? 'fileRequired' : file.size > MAX_ZIP_BYTES ? 'zipTooBig' : undefined,
    };
    setErrors(found);
    setError(null);
    setSummary(null);
    if (found.slug || found.file) return focusInvalid();
    setBusy(true);
    try {
      const result = await staffApi.importPolis(session, slug, file!);
      putConversation(result.conversation);
      setSummary(result);
      announce(t('import.done'));
    } catch (e) {
      const code = errorCode(e);
      if (code === 'slug_taken') setErrors({ slug: 'slug_taken' });
      else if (code === 'invalid_polis_export' || code === 'unsupported_media_type') setErrors({ file: code });
      else if (code === 'payload_too_large') setErrors({ file: 'zipTooBig' });
      else setError(errorText(e));
      focusInvalid();
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page staff-page">
      <PageHeading>{t('import.title')}</PageHeading>
      <p className="lead">{t('import.intro')}</p>
      <form className="staff-form staff-form--narrow" onSubmit={submit} noValidate ref={form}>
        <Field id="import-slug" label={t('editor.slug')} hint={t('editor.slugHint')} value={slug} onChange={(v) => setSlug(v.trim().toLowerCase())} error={errors.slug} required />
        <div className="field">
          <label htmlFor="import-file" className="field__label">
            {t('import.file')}
            <span className="field__required"> {t('form.required')}</span>
          </label>
          <p className="field__hint" id="import-file-hint">
            {t('import.fileHint')}
          </p>
          <input
            id="import-file"
            type="file"
            className="field__file"
            accept=".zip,application/zip"
            aria-describedby={`import-file-hint${errors.file ? ' import-file-error' : ''}`}
            aria-invalid={errors.file ? true : undefined}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
          {errors.file && (
            <p className="field__error" id="import-file-error">
              {fieldErrorText(errors.file)}
            </p>
          )}
        </div>
        <FormEnd error={error} busy={busy} label={busy ? t('import.uploading') : t('import.submit')} />
      </form>
      {summary && (
        <div className="message message--success" role="status">
          <p>
            {t('import.summary', { statements: summary.statements, participants: summary.participants, votes: summary.votes })}
          </p>
          <p>
            <Link href={paths.staff(lang, 'c', summary.conversation.id)} lang={conversationTexts(summary.conversation, lang).lang}>
              {conversationTexts(summary.conversation, lang).texts.title || summary.conversation.id}
            </Link>
            {' · '}
            <Link href={paths.report(lang, summary.conversation.id)}>{t('import.report')}</Link>
          </p>
        </div>
      )}
    </div>
  );
}

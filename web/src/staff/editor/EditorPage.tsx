import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../components/Announcer';
import { PageHeading } from '../../components/PageHeading';
import { useLang } from '../../i18n/LangContext';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { navigate } from '../../router/location';
import { paths } from '../../router/routes';
import { DEFAULT_RULES } from '../../../../src/domain/conversation/texts.js';
import { staffApi, type StaffConversationItem } from '../api';
import { ErrorSummary } from '../components/ErrorSummary';
import { errorCode, useStaffErrorText } from '../components/useStaffErrorText';
import { fieldId, formFromConversation, formToInput, newForm, validateForm, type EditorForm, type FormErrors } from '../lib/editor-model';
import { setFlash, takeFlash } from '../lib/flash';
import { useStaff } from '../StaffContext';
import { AccentSection } from './AccentSection';
import { CloseSection } from './CloseSection';
import { InviteSection } from './InviteSection';
import { LanguagesSection, TextsSection } from './TextsSection';
import { LogoSection } from './LogoSection';
import { ScheduleSection } from './ScheduleSection';
import { SeedSection } from './SeedSection';
import { SegmentSection } from './SegmentSection';
import { SettingsSection } from './SettingsSection';
import { TeamSection } from './TeamSection';
import { useFieldLabel } from './useFieldLabel';

/** API error codes that belong to one field of the form. */
const FIELD_OF_CODE: Record<string, string> = { slug_taken: 'slug', invalid_schedule: 'opensAt', invalid_language: 'languages' };

export interface SectionProps {
  form: EditorForm;
  errors: FormErrors;
  update: (change: (form: EditorForm) => EditorForm) => void;
}

type Props = { mode: 'create' } | { mode: 'edit'; item: StaffConversationItem };

/** Creating a conversation, or editing one: texts, schedule, settings, and (once it exists) the rest. */
export function EditorPage(props: Props) {
  const { t } = useTranslation('staff');
  const lang = useLang();
  const announce = useAnnounce();
  const errorText = useStaffErrorText();
  const labelFor = useFieldLabel();
  const { session, putConversation } = useStaff();
  const editing = props.mode === 'edit' ? props.item.conversation : null;
  const initial = useMemo(
    () =>
      editing
        ? formFromConversation(editing)
        : newForm(lang, DEFAULT_RULES, {
            question: { fi: t('defaults.segmentQuestion', { lng: 'fi' }), sv: t('defaults.segmentQuestion', { lng: 'sv' }), en: t('defaults.segmentQuestion', { lng: 'en' }) },
            options: (['resident', 'staff', 'organisation', 'company', 'decisionMaker'] as const).map((o) => ({
              fi: t(`defaults.segmentOptions.${o}`, { lng: 'fi' }),
              sv: t(`defaults.segmentOptions.${o}`, { lng: 'sv' }),
              en: t(`defaults.segmentOptions.${o}`, { lng: 'en' }),
            })),
          }),
    // The form starts from the conversation as it was when the page opened; saving elsewhere on
    // the page (logo, closing) changes the conversation without resetting what is being typed.
    [editing?.id],
  );
  const [form, setForm] = useState<EditorForm>(initial);
  const [errors, setErrors] = useState<FormErrors>({});
  // Bumped when an invite is made, so that the team list shows it.
  const [teamVersion, setTeamVersion] = useState(0);
  const [attempt, setAttempt] = useState(0);
  const [status, setStatus] = useState<{ kind: 'idle' | 'saving' } | { kind: 'saved'; message: string } | { kind: 'error'; message: string }>(() => {
    const flash = props.mode === 'edit' ? takeFlash() : null;
    return flash ? { kind: 'saved', message: flash } : { kind: 'idle' };
  });

  const update = (change: (form: EditorForm) => EditorForm) => {
    setForm(change);
    if (status.kind === 'saved') setStatus({ kind: 'idle' });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (status.kind === 'saving') return;
    const found = validateForm(form, props.mode);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setStatus({ kind: 'idle' });
      setAttempt((a) => a + 1);
      return;
    }
    setStatus({ kind: 'saving' });
    try {
      const input = formToInput(form);
      if (props.mode === 'create') {
        const created = await staffApi.create(session, form.slug, input);
        putConversation(created);
        setFlash(t('editor.created'));
        announce(t('editor.created'));
        navigate(paths.staff(lang, 'c', created.id, 'settings'));
      } else {
        const saved = await staffApi.update(session, editing!.id, input);
        putConversation(saved);
        setStatus({ kind: 'saved', message: t('editor.saved') });
        announce(t('editor.saved'));
      }
    } catch (e) {
      const field = FIELD_OF_CODE[errorCode(e)];
      if (field) {
        setErrors({ [field]: errorCode(e) });
        setStatus({ kind: 'idle' });
        setAttempt((a) => a + 1);
      } else {
        setStatus({ kind: 'error', message: errorText(e) });
      }
    }
  };

  // A field that is being corrected loses its error; the others keep theirs until the next try.
  const clearErrorOf = (event: FormEvent<HTMLFormElement>) => {
    const id = (event.target as HTMLElement).id;
    const field = id.startsWith('editor-') ? id.slice('editor-'.length).replace(/^languages-.*$/, 'languages') : '';
    if (field && errors[field]) {
      const { [field]: _cleared, ...rest } = errors;
      setErrors(rest);
    }
  };

  const summary = Object.entries(errors).map(([field, error]) => ({ id: fieldId(field), label: labelFor(field), error }));
  const sectionProps = { form, errors, update };
  const editor = (
    <>
      <form
        className="staff-form editor"
        onSubmit={submit}
        onChange={clearErrorOf}
        noValidate
        aria-labelledby={props.mode === 'create' ? undefined : 'editor-form-title'}
      >
        {props.mode === 'edit' && (
          <h2 id="editor-form-title" className="visually-hidden">
            {t('editor.formTitle')}
          </h2>
        )}
        <ErrorSummary errors={summary} attempt={attempt} />
        <LanguagesSection {...sectionProps} mode={props.mode} />
        <TextsSection {...sectionProps} />
        <ScheduleSection {...sectionProps} />
        <SettingsSection {...sectionProps} />
        <SegmentSection {...sectionProps} />
        <AccentSection {...sectionProps} />
        <div className="editor__save">
          <div aria-live="polite">
            {status.kind === 'saved' && <p className="message message--success">{status.message}</p>}
          </div>
          {status.kind === 'error' && (
            <p className="message message--error" role="alert">
              {status.message}
            </p>
          )}
          <div className="button-row">
            <button type="submit" className="button button--primary" aria-disabled={status.kind === 'saving' || undefined}>
              {status.kind === 'saving' ? t('editor.saving') : t(props.mode === 'create' ? 'editor.create' : 'editor.save')}
            </button>
          </div>
        </div>
      </form>
      {editing && (
        <>
          <LogoSection conversation={editing} />
          <SeedSection conversation={editing} />
          <InviteSection conversation={editing} onInvited={() => setTeamVersion((v) => v + 1)} />
          <TeamSection conversation={editing} version={teamVersion} />
          <CloseSection conversation={editing} />
        </>
      )}
    </>
  );

  return editor;
}

/** A new conversation: its own page, since it has no tabs yet. */
export function CreatePage() {
  const { t } = useTranslation('staff');
  useDocumentTitle(t('editor.createTitle'));
  return (
    <div className="page staff-page">
      <PageHeading>{t('editor.createTitle')}</PageHeading>
      <p className="lead">{t('editor.createIntro')}</p>
      <EditorPage mode="create" />
    </div>
  );
}

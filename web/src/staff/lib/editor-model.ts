// The conversation editor's form: plain strings as the inputs hold them, turned into the API's
// shape only when saved. Validation mirrors the server's rules, so that errors show next to fields.
import type { Lang } from '../../api/types';
import { LANGS } from '../../i18n/langs';
import type { ConversationInput, ConversationTexts, Settings, StaffConversation } from '../api';
import { helsinkiInputToIso, isoToHelsinkiInput } from './helsinki-time';

export interface TextsForm {
  title: string;
  question: string;
  description: string;
  /** One rule per line. */
  rules: string;
  contact: string;
}

export interface SegmentOptionForm {
  id: string;
  label: Record<Lang, string>;
}

export interface EditorForm {
  slug: string;
  languages: Lang[];
  /** Kept for every language, so that unticking one and ticking it again loses nothing. */
  texts: Record<Lang, TextsForm>;
  opensAt: string;
  statementsCloseAt: string;
  closesAt: string;
  moderation: Settings['moderation'];
  statementMaxLength: string;
  participantsMayWrite: boolean;
  resultsVisibility: Settings['resultsVisibility'];
  segmentEnabled: boolean;
  segmentQuestion: Record<Lang, string>;
  segmentOptions: SegmentOptionForm[];
  accentEnabled: boolean;
  accentColor: string;
}

export const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
export const MIN_LENGTH_LIMIT = 20;
export const MAX_LENGTH_LIMIT = 1000;
export const DEFAULT_ACCENT = '#1b4f9c';
/** The server's limits (src/domain/conversation/validate.ts), in characters. */
export const TEXT_LIMITS = { title: 200, question: 500, description: 5000, rules: 500, contact: 500 } as const;
export const MAX_RULES = 12;
export const MAX_SEGMENT_OPTIONS = 12;

const perLang = <T>(make: (lang: Lang) => T) => Object.fromEntries(LANGS.map((l) => [l, make(l)])) as Record<Lang, T>;
const emptyTexts = (): TextsForm => ({ title: '', question: '', description: '', rules: '', contact: '' });

/** A new conversation: the interface language, the default rules, and Sopu's default settings. */
export function newForm(lang: Lang, defaultRules: Record<Lang, string[]>, segment: { question: Record<Lang, string>; options: Record<Lang, string>[] }): EditorForm {
  return {
    slug: '',
    languages: [lang],
    texts: perLang((l) => ({ ...emptyTexts(), rules: defaultRules[l].join('\n') })),
    opensAt: '',
    statementsCloseAt: '',
    closesAt: '',
    moderation: 'pre',
    statementMaxLength: '200',
    participantsMayWrite: true,
    resultsVisibility: 'during',
    segmentEnabled: false,
    segmentQuestion: segment.question,
    segmentOptions: segment.options.map((label, i) => ({ id: `option-${i + 1}`, label })),
    accentEnabled: false,
    accentColor: DEFAULT_ACCENT,
  };
}

export function formFromConversation(c: StaffConversation): EditorForm {
  const s = c.settings;
  const texts = perLang((l): TextsForm => {
    const t = c.texts[l];
    return t ? { title: t.title, question: t.question, description: t.description, rules: t.rules.join('\n'), contact: t.contact } : emptyTexts();
  });
  const q = s.segmentQuestion;
  return {
    slug: c.id,
    languages: [...c.languages],
    texts,
    opensAt: isoToHelsinkiInput(c.schedule.opensAt),
    statementsCloseAt: isoToHelsinkiInput(c.schedule.statementsCloseAt),
    closesAt: isoToHelsinkiInput(c.schedule.closesAt),
    moderation: s.moderation,
    statementMaxLength: String(s.statementMaxLength),
    participantsMayWrite: s.participantsMayWrite,
    resultsVisibility: s.resultsVisibility,
    segmentEnabled: q !== null,
    segmentQuestion: perLang((l) => q?.question[l] ?? ''),
    segmentOptions: (q?.options ?? []).map((o) => ({ id: o.id, label: perLang((l) => o.label[l] ?? '') })),
    accentEnabled: s.accentColor !== null,
    accentColor: s.accentColor && /^#[0-9a-f]{6}$/i.test(s.accentColor) ? s.accentColor.toLowerCase() : DEFAULT_ACCENT,
  };
}

/** An id for a new segment option that none of the others has. */
export function newOptionId(options: SegmentOptionForm[]): string {
  const taken = new Set(options.map((o) => o.id));
  let n = options.length + 1;
  while (taken.has(`option-${n}`)) n++;
  return `option-${n}`;
}

export type FieldError =
  | 'required'
  | 'slugFormat'
  | 'languagesRequired'
  | 'invalidTime'
  | 'needsOpening'
  | 'beforeOpening'
  | 'afterClosing'
  | 'lengthLimit'
  | 'optionsRequired'
  | 'invalidColor'
  | 'tooManyRules'
  | 'tooManyOptions'
  /** "tooLong:200": longer than 200 characters. */
  | `tooLong:${number}`;

/** Field name → error; field names are the ids of the inputs without their "editor-" prefix. */
export type FormErrors = Record<string, FieldError | (string & {})>;

export const fieldId = (field: string) => `editor-${field}`;

const ORDERED_LANGS = (form: EditorForm) => LANGS.filter((l) => form.languages.includes(l));

/** The languages in the order of the form: the conversation's main language first. */
export const formLanguages = (form: EditorForm): Lang[] => {
  const main = form.languages[0];
  return main ? [main, ...ORDERED_LANGS(form).filter((l) => l !== main)] : [];
};

function time(value: string, field: string, errors: FormErrors): number | null {
  try {
    const iso = helsinkiInputToIso(value);
    return iso === null ? null : Date.parse(iso);
  } catch {
    errors[field] = 'invalidTime';
    return null;
  }
}

/** Every problem of the form, by field, in the order the fields appear. */
export function validateForm(form: EditorForm, mode: 'create' | 'edit'): FormErrors {
  const errors: FormErrors = {};
  if (mode === 'create' && !SLUG.test(form.slug)) errors.slug = 'slugFormat';
  if (form.languages.length === 0) errors.languages = 'languagesRequired';
  const chars = (text: string) => [...text.trim()].length;
  for (const lang of formLanguages(form)) {
    const texts = form.texts[lang];
    for (const key of ['title', 'question', 'description', 'rules', 'contact'] as const) {
      if ((key === 'title' || key === 'question') && texts[key].trim() === '') errors[`${lang}-${key}`] = 'required';
      else if (key !== 'rules' && chars(texts[key]) > TEXT_LIMITS[key]) errors[`${lang}-${key}`] = `tooLong:${TEXT_LIMITS[key]}`;
    }
    const rules = texts.rules.split(/\r?\n/).filter((r) => r.trim() !== '');
    if (rules.length > MAX_RULES) errors[`${lang}-rules`] = 'tooManyRules';
    else if (rules.some((r) => chars(r) > TEXT_LIMITS.rules)) errors[`${lang}-rules`] = `tooLong:${TEXT_LIMITS.rules}`;
  }
  const opens = time(form.opensAt, 'opensAt', errors);
  const writeEnds = time(form.statementsCloseAt, 'statementsCloseAt', errors);
  const closes = time(form.closesAt, 'closesAt', errors);
  if (opens === null && !errors.opensAt && (writeEnds !== null || closes !== null)) errors.opensAt = 'needsOpening';
  if (opens !== null && writeEnds !== null && writeEnds < opens) errors.statementsCloseAt = 'beforeOpening';
  if (opens !== null && closes !== null && closes < opens) errors.closesAt = 'beforeOpening';
  else if (writeEnds !== null && closes !== null && writeEnds > closes) errors.statementsCloseAt = 'afterClosing';
  const limit = Number(form.statementMaxLength);
  if (!/^\d+$/.test(form.statementMaxLength.trim()) || limit < MIN_LENGTH_LIMIT || limit > MAX_LENGTH_LIMIT) errors.statementMaxLength = 'lengthLimit';
  if (form.segmentEnabled) {
    for (const lang of formLanguages(form)) if (form.segmentQuestion[lang].trim() === '') errors[`segment-question-${lang}`] = 'required';
    if (form.segmentOptions.length < 2) errors['segment-options'] = 'optionsRequired';
    else if (form.segmentOptions.length > MAX_SEGMENT_OPTIONS) errors['segment-options'] = 'tooManyOptions';
    form.segmentOptions.forEach((option, i) => {
      for (const lang of formLanguages(form)) if (option.label[lang].trim() === '') errors[`segment-option-${i}-${lang}`] = 'required';
    });
  }
  if (form.accentEnabled && !/^#[0-9a-f]{6}$/i.test(form.accentColor)) errors.accentColor = 'invalidColor';
  return errors;
}

const only = <T>(langs: Lang[], make: (lang: Lang) => T) => Object.fromEntries(langs.map((l) => [l, make(l)])) as Partial<Record<Lang, T>>;

/** The API's body for a valid form (see validateForm). */
export function formToInput(form: EditorForm): ConversationInput {
  const langs = formLanguages(form);
  const texts = only(langs, (l): ConversationTexts => {
    const t = form.texts[l];
    return {
      title: t.title.trim(),
      question: t.question.trim(),
      description: t.description.trim(),
      rules: t.rules.split(/\r?\n/).map((r) => r.trim()).filter(Boolean),
      contact: t.contact.trim(),
    };
  });
  return {
    languages: langs,
    texts,
    schedule: {
      opensAt: helsinkiInputToIso(form.opensAt),
      statementsCloseAt: helsinkiInputToIso(form.statementsCloseAt),
      closesAt: helsinkiInputToIso(form.closesAt),
    },
    settings: {
      moderation: form.moderation,
      statementMaxLength: Number(form.statementMaxLength),
      participantsMayWrite: form.participantsMayWrite,
      resultsVisibility: form.resultsVisibility,
      segmentQuestion: form.segmentEnabled
        ? {
            question: only(langs, (l) => form.segmentQuestion[l].trim()) as Record<string, string>,
            options: form.segmentOptions.map((o) => ({ id: o.id, label: only(langs, (l) => o.label[l].trim()) as Record<string, string> })),
          }
        : null,
      accentColor: form.accentEnabled ? form.accentColor.toLowerCase() : null,
    },
  };
}

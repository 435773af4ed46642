import { DomainError } from '../errors.js';
import { LANGS, isLang, type Lang } from '../languages.js';
import type { ConversationSettings, SegmentQuestion } from './settings.js';
import type { ConversationTexts } from './texts.js';

// Control characters other than line breaks and tabs, bidi overrides, lone surrogates.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

/** Longest accepted value of each text field, in characters. */
export const TEXT_LIMITS = { title: 200, question: 500, description: 5000, rule: 500, contact: 500 } as const;
export const MAX_RULES = 12;
// The upper end matches the longest statement text the API reads; imports may need long ones.
export const STATEMENT_LENGTH_RANGE = { min: 20, max: 5000 } as const;
const MAX_SEGMENT_OPTIONS = 12;
const SEGMENT_ID = /^[a-z0-9][a-z0-9_-]{0,31}$/;
const ACCENT = /^#[0-9a-fA-F]{6}$/;

function invalid(field: string, message: string): never {
  throw new DomainError('validation_failed', `${field}: ${message}`, { field });
}

/** An organizer's text: NFC, trimmed, without control characters, within its limit. */
function cleanField(field: string, raw: string, max: number): string {
  if (FORBIDDEN.test(raw)) invalid(field, 'contains control characters');
  const text = raw.normalize('NFC').trim();
  if ([...text].length > max) invalid(field, `is longer than ${max} characters`);
  return text;
}

export function validateLanguages(languages: readonly string[]): Lang[] {
  if (languages.length === 0 || !languages.every(isLang) || new Set(languages).size !== languages.length) {
    throw new DomainError('invalid_language', `A conversation is held in one or more of ${LANGS.join(', ')}`);
  }
  return [...languages] as Lang[];
}

export function cleanTexts(lang: Lang, t: ConversationTexts): ConversationTexts {
  const at = (name: string) => `texts.${lang}.${name}`;
  if (t.rules.length > MAX_RULES) invalid(at('rules'), `at most ${MAX_RULES} rules`);
  return {
    title: cleanField(at('title'), t.title, TEXT_LIMITS.title),
    question: cleanField(at('question'), t.question, TEXT_LIMITS.question),
    description: cleanField(at('description'), t.description, TEXT_LIMITS.description),
    rules: t.rules.map((r, i) => cleanField(at(`rules.${i}`), r, TEXT_LIMITS.rule)).filter((r) => r.length > 0),
    contact: cleanField(at('contact'), t.contact, TEXT_LIMITS.contact),
  };
}

function cleanLabels(field: string, labels: Partial<Record<Lang, string>>): Partial<Record<Lang, string>> {
  const out: Partial<Record<Lang, string>> = {};
  for (const [lang, label] of Object.entries(labels)) {
    if (!isLang(lang)) invalid(field, `"${lang}" is not a language`);
    out[lang] = cleanField(`${field}.${lang}`, label ?? '', TEXT_LIMITS.question);
  }
  return out;
}

function cleanSegmentQuestion(q: SegmentQuestion): SegmentQuestion {
  if (q.options.length === 0 || q.options.length > MAX_SEGMENT_OPTIONS) {
    invalid('settings.segmentQuestion.options', `1 to ${MAX_SEGMENT_OPTIONS} options`);
  }
  const ids = new Set<string>();
  const options = q.options.map((o, i) => {
    if (!SEGMENT_ID.test(o.id) || ids.has(o.id)) invalid(`settings.segmentQuestion.options.${i}.id`, 'a unique id of lower-case letters, digits, - and _');
    ids.add(o.id);
    return { id: o.id, label: cleanLabels(`settings.segmentQuestion.options.${i}.label`, o.label) };
  });
  return { question: cleanLabels('settings.segmentQuestion.question', q.question), options };
}

/** Checks the settings given (a partial set: what an organizer changes), and cleans their texts. */
export function cleanSettings(s: Partial<ConversationSettings>): Partial<ConversationSettings> {
  const out: Partial<ConversationSettings> = { ...s };
  if (s.moderation !== undefined && s.moderation !== 'pre' && s.moderation !== 'post') invalid('settings.moderation', 'pre or post');
  if (s.resultsVisibility !== undefined && !['during', 'after', 'staff_only'].includes(s.resultsVisibility)) {
    invalid('settings.resultsVisibility', 'during, after or staff_only');
  }
  const { min, max } = STATEMENT_LENGTH_RANGE;
  if (s.statementMaxLength !== undefined && (!Number.isInteger(s.statementMaxLength) || s.statementMaxLength < min || s.statementMaxLength > max)) {
    invalid('settings.statementMaxLength', `a whole number from ${min} to ${max}`);
  }
  if (s.accentColor !== undefined && s.accentColor !== null) {
    if (!ACCENT.test(s.accentColor)) invalid('settings.accentColor', 'a colour as #rrggbb');
    out.accentColor = s.accentColor.toLowerCase();
  }
  if (s.segmentQuestion) out.segmentQuestion = cleanSegmentQuestion(s.segmentQuestion);
  return out;
}

import type { Lang, Report } from '../../../api/types';

export type SegmentAnswer = NonNullable<Report['segments']>['answers'][number];
type Labels = Record<string, string> | null;

/** A label in the reader's language, else in any language it has. */
export const labelIn = (labels: Labels, lang: Lang) => (labels ? (labels[lang] ?? Object.values(labels)[0] ?? '') : '');

/** How a segment answer is named: its label, its id when the question no longer offers it, or "no answer". */
export const answerName = (a: SegmentAnswer, lang: Lang, noAnswer: string) => (a.id === null ? noAnswer : labelIn(a.label, lang) || a.id);

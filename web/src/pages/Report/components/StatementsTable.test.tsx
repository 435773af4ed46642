import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { Lang, Report, ReportStatement, Tally } from '../../../api/types';
import { i18nFor } from '../../../i18n';
import { LangContext } from '../../../i18n/LangContext';
import en from '../../Results/i18n/en.json';
import fi from '../../Results/i18n/fi.json';
import sv from '../../Results/i18n/sv.json';
import { nextSort, sortStatements } from './statement-sort';
import { StatementsTable } from './StatementsTable';

const bundles = { fi, sv, en };
const tally = (agree: number, disagree: number, pass: number): Tally => ({ agree, disagree, pass });

/** Overall figures run opposite to the staff answer's, so sorting by either gives a different order. */
function statement(id: string, overall: number, resident: Tally, staff: Tally): ReportStatement {
  return {
    id, lang: 'en', text: `Statement ${id}`, translations: {}, isSeed: true, isMeta: false, createdAt: '2025-01-01T00:00:00.000Z',
    tally: tally(overall, 10 - overall, 0), agreeShare: overall / 10, disagreeShare: 1 - overall / 10, passShare: 0,
    byGroup: [], bySegment: [resident, staff], groupInformedConsensus: null,
  } as unknown as ReportStatement;
}

const statements = [
  statement('a', 9, tally(1, 1, 0), tally(1, 3, 0)), // staff 25 %
  statement('b', 5, tally(2, 0, 0), tally(3, 1, 0)), // staff 75 %
  statement('c', 1, tally(0, 0, 0), tally(0, 0, 0)), // no staff votes
  statement('d', 3, tally(1, 0, 1), tally(1, 1, 0)), // staff 50 %
];

const report = {
  statements,
  groups: [],
  segments: {
    question: { fi: 'Osallistun:', sv: 'Jag deltar som:', en: 'I take part as:' },
    answers: [
      { id: 'resident', label: { fi: 'asukkaana', sv: 'invånare', en: 'a resident' }, participants: 3, tally: tally(4, 1, 1) },
      { id: 'city_staff', label: { fi: 'kaupungin työntekijänä', sv: 'anställd vid staden', en: 'city staff' }, participants: 4, tally: tally(5, 5, 0) },
    ],
  },
} as unknown as Report;

function render(lang: Lang, key: 'votes' | 'segment-1'): string {
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18nFor[lang]}>
      <LangContext.Provider value={lang}>
        <StatementsTable report={report} initialSort={{ key, dir: 'descending' }} />
      </LangContext.Provider>
    </I18nextProvider>,
  );
}

const rowOrder = (html: string) => [...html.matchAll(/Statement (\w)/g)].map((m) => m[1]);

describe('sorting the report’s statements', () => {
  it('orders rows by a segment answer’s agree share, statements without its votes last', () => {
    const ids = (dir: 'ascending' | 'descending') => sortStatements(statements, { key: 'segment-1', dir }, 'en').map((s) => s.id);
    expect(ids('descending')).toEqual(['b', 'd', 'a', 'c']);
    expect(ids('ascending')).toEqual(['c', 'a', 'd', 'b']);
    expect(sortStatements(statements, { key: 'segment-0', dir: 'descending' }, 'en').map((s) => s.id)).toEqual(['b', 'a', 'd', 'c']);
  });

  it('starts a new figure column largest first and reverses on a second click', () => {
    const first = nextSort({ key: 'votes', dir: 'descending' }, 'segment-1');
    expect(first).toEqual({ key: 'segment-1', dir: 'descending' });
    expect(nextSort(first, 'segment-1')).toEqual({ key: 'segment-1', dir: 'ascending' });
  });
});

describe('the all-statements table', () => {
  it.each(['fi', 'sv', 'en'] as const)('%s: has a sortable column per segment answer that says when it is the sorted one', (lang) => {
    const html = render(lang, 'segment-1');
    const staff = bundles[lang].statements.segment.replace('{{answer}}', report.segments!.answers[1]!.label![lang]!);
    const headers = [...html.matchAll(/<th scope="col"( aria-sort="(\w+)")?><button type="button" class="sort-button">([^<]*)</g)];
    expect(headers.map((h) => h[3])).toContain(staff);
    expect(headers.filter((h) => h[2]).map((h) => [h[3], h[2]])).toEqual([[staff, 'descending']]);
    expect(rowOrder(html)).toEqual(['b', 'd', 'a', 'c']);
    expect(html).toContain(bundles[lang].statements.segmentsIntro);
  });

  it('tells screen readers how many of the answer’s participants voted beside each share', () => {
    const html = render('en', 'votes');
    expect(rowOrder(html)).toEqual(['a', 'b', 'c', 'd']);
    expect(html).toContain('<td title="4 votes; disagree 25%, pass 0%">75%<span class="visually-hidden">, 4 votes; disagree 25%, pass 0%</span></td>');
    expect(html).toContain('<td title="No votes">–<span class="visually-hidden">, No votes</span></td>');
  });
});

import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { Lang, Report } from '../../../api/types';
import { i18nFor } from '../../../i18n';
import { LangContext } from '../../../i18n/LangContext';
import en from '../../Results/i18n/en.json';
import fi from '../../Results/i18n/fi.json';
import sv from '../../Results/i18n/sv.json';
import { Method } from './Method';

const bundles = { fi, sv, en };

function report(moderation: 'pre' | 'post'): Report {
  return {
    conversation: { settings: { moderation } },
    snapshot: null,
    uncertainty: { definition: { minPassShare: 0.5, minVotesForPassShare: 10, fewVotesBelow: 5 } },
  } as unknown as Report;
}

function render(lang: Lang, moderation: 'pre' | 'post'): string {
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18nFor[lang]}>
      <LangContext.Provider value={lang}>
        <Method report={report(moderation)} />
      </LangContext.Provider>
    </I18nextProvider>,
  );
}

describe('the report’s method text', () => {
  it.each(['fi', 'sv', 'en'] as const)('%s: says how statements are reviewed under the conversation’s moderation mode', (lang) => {
    // Each text as its own paragraph, escaped as React escapes it.
    const [pre, post] = [bundles[lang].method.service.pre, bundles[lang].method.service.post].map((text) => renderToStaticMarkup(<p>{text}</p>));
    const before = render(lang, 'pre');
    const after = render(lang, 'post');
    expect(before).toContain(pre);
    expect(before).not.toContain(post);
    expect(after).toContain(post);
    expect(after).not.toContain(pre);
  });
});

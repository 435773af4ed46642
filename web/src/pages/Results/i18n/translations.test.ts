import { describe, it } from 'vitest';
import { expectPluralForms, expectSameKeys, expectSameVariables } from '../../../i18n/check-translations';
import en from './en.json';
import fi from './fi.json';
import sv from './sv.json';

const resources = { fi, sv, en };

describe('results and report translations', () => {
  it('has every string in Finnish, Swedish and English', () => expectSameKeys(resources));
  it('gives each plural every form that the language’s Intl plural rules use', () => expectPluralForms(resources));
  it('uses the same variables in every language', () => expectSameVariables(resources));
});

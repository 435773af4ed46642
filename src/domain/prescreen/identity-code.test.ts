import { describe, expect, it } from 'vitest';
import {
  checkPersonalIdentityCodes,
  containsPersonalIdentityCode,
  findPersonalIdentityCodes,
  isValidPersonalIdentityCode,
} from './identity-code.js';

describe('Finnish personal identity code', () => {
  it('accepts codes whose check character matches, in every century sign', () => {
    expect(isValidPersonalIdentityCode('131052-308T')).toBe(true);
    expect(isValidPersonalIdentityCode('150674-226W')).toBe(true);
    expect(isValidPersonalIdentityCode('010203A1230')).toBe(true);
    expect(isValidPersonalIdentityCode('311209A115P')).toBe(true);
    // The same digits with each sign of their century: the check character does not depend on it.
    for (const sign of ['-', 'Y', 'X', 'W', 'V', 'U']) expect(isValidPersonalIdentityCode(`131052${sign}308T`)).toBe(true);
    for (const sign of ['A', 'B', 'C', 'D', 'E', 'F']) expect(isValidPersonalIdentityCode(`010203${sign}1230`)).toBe(true);
    expect(isValidPersonalIdentityCode('131052+308T')).toBe(true);
    expect(isValidPersonalIdentityCode('131052a308t')).toBe(true);
    expect(isValidPersonalIdentityCode('131052–308T')).toBe(true);
  });

  it('refuses a wrong check character, an impossible date or an unknown century sign', () => {
    expect(isValidPersonalIdentityCode('131052-308U')).toBe(false);
    expect(isValidPersonalIdentityCode('150674-226X')).toBe(false);
    expect(isValidPersonalIdentityCode('310299-1234')).toBe(false);
    expect(isValidPersonalIdentityCode('290201A1234')).toBe(false);
    expect(isValidPersonalIdentityCode('131052G308T')).toBe(false);
    expect(isValidPersonalIdentityCode('131052-000T')).toBe(false);
  });

  it('knows leap days', () => {
    // 29.2.2000 was a day; 29.2.1900 was not.
    const check = (digits: string) => '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(digits) % 31];
    expect(isValidPersonalIdentityCode(`290200A123${check('290200123')}`)).toBe(true);
    expect(isValidPersonalIdentityCode(`290200-123${check('290200123')}`)).toBe(false);
  });

  it('finds codes inside a statement, with their span, and nothing in look-alikes', () => {
    const text = 'Henkilötunnukseni on 150674-226W, tarkistakaa.';
    expect(findPersonalIdentityCodes(text)).toEqual([{ start: 21, end: 32 }]);
    expect(text.slice(21, 32)).toBe('150674-226W');
    expect(findPersonalIdentityCodes('Tilausnumero X150674-226W2')).toEqual([]);
    expect(findPersonalIdentityCodes('Kokous 15.06.74 klo 22.6')).toEqual([]);
    expect(containsPersonalIdentityCode('Min personbeteckning är 280899-912F.')).toBe(true);
    expect(containsPersonalIdentityCode('Min personbeteckning är 280899-912E.')).toBe(false);
  });

  it('flags under rule 1 with an explanation in three languages', () => {
    const [flag] = checkPersonalIdentityCodes('hetu 131052-308T');
    expect(flag).toMatchObject({ rule: 'names_person', kind: 'personal_identity_code', span: { start: 5, end: 16 } });
    expect(flag!.reason.fi).toMatch(/Henkilötunnus/);
    expect(flag!.reason.sv).toMatch(/Personbeteckning/);
    expect(flag!.reason.en).toMatch(/identity code/);
  });
});

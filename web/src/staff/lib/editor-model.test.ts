import { describe, expect, it } from 'vitest';
import type { StaffConversation } from '../api';
import { formFromConversation, formToInput, newForm, newOptionId, validateForm } from './editor-model';

const conversation: StaffConversation = {
  id: 'kirjastot-2026',
  languages: ['sv', 'fi'],
  texts: {
    fi: { title: 'Kirjastot', question: 'Mitä kirjastoilta?', description: 'Kuvaus', rules: ['Yksi', 'Kaksi'], contact: 'kirjasto@hel.fi' },
    sv: { title: 'Biblioteken', question: 'Vad av biblioteken?', description: '', rules: ['Ett'], contact: '' },
  },
  schedule: { opensAt: '2026-01-18T22:00:00.000Z', statementsCloseAt: '2026-01-25T22:00:00.000Z', closesAt: '2026-02-01T22:00:00.000Z' },
  phase: 'open',
  settings: {
    moderation: 'pre',
    statementMaxLength: 200,
    participantsMayWrite: true,
    resultsVisibility: 'after',
    segmentQuestion: {
      question: { fi: 'Osallistun', sv: 'Jag deltar' },
      options: [
        { id: 'resident', label: { fi: 'asukkaana', sv: 'som invånare' } },
        { id: 'staff', label: { fi: 'työntekijänä', sv: 'som anställd' } },
      ],
    },
    accentColor: '#0000BF',
  },
  logoUrl: null,
};

describe('the conversation editor form', () => {
  it('gives back what it was given, with the main language first', () => {
    const form = formFromConversation(conversation);
    expect(form.opensAt).toBe('2026-01-19T00:00');
    expect(form.texts.fi.rules).toBe('Yksi\nKaksi');
    expect(validateForm(form, 'edit')).toEqual({});
    const input = formToInput(form);
    expect(input).toEqual({
      languages: ['sv', 'fi'],
      texts: conversation.texts,
      schedule: conversation.schedule,
      settings: { ...conversation.settings, accentColor: '#0000bf' },
    });
  });

  it('names each field that needs fixing', () => {
    const form = newForm('fi', { fi: ['R'], sv: ['R'], en: ['R'] }, { question: { fi: '', sv: '', en: '' }, options: [] });
    form.slug = 'Iso Kirjain';
    form.closesAt = '2026-02-01T00:00';
    form.statementMaxLength = '5';
    form.segmentEnabled = true;
    expect(validateForm(form, 'create')).toEqual({
      slug: 'slugFormat',
      'fi-title': 'required',
      'fi-question': 'required',
      opensAt: 'needsOpening',
      statementMaxLength: 'lengthLimit',
      'segment-question-fi': 'required',
      'segment-options': 'optionsRequired',
    });
  });

  it('keeps the schedule in order', () => {
    const form = formFromConversation(conversation);
    form.statementsCloseAt = '2026-02-03T00:00';
    expect(validateForm(form, 'edit')).toEqual({ statementsCloseAt: 'afterClosing' });
    form.closesAt = '2026-01-01T00:00';
    form.statementsCloseAt = '';
    expect(validateForm(form, 'edit')).toEqual({ closesAt: 'beforeOpening' });
  });

  it('leaves the segment question and accent out when switched off', () => {
    const form = formFromConversation(conversation);
    form.segmentEnabled = false;
    form.accentEnabled = false;
    expect(formToInput(form).settings).toMatchObject({ segmentQuestion: null, accentColor: null });
  });

  it('makes option ids that are not taken', () => {
    expect(newOptionId([{ id: 'option-2', label: { fi: '', sv: '', en: '' } }])).toBe('option-3');
  });
});

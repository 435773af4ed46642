import { describe, expect, it } from 'vitest';
import type { Store } from '../../../app/ports.js';
import { duplicateKey } from '../../../domain/statement/text.js';
import { T0, makeConversation, makeStatement, makeUser } from '../../../../test/support/factories.js';

/** The store contract for statements. */
export function describeStatements(store: Store) {
  describe('statements', () => {
    it('keeps text, language, status, seed flag and translations', async () => {
      const c = await makeConversation(store);
      const s = await makeStatement(store, c.id, 'Kirjastoihin lisää tapahtumia', { isSeed: true });
      await store.statements.upsertTranslation(s.id, 'sv', 'Fler evenemang i biblioteken', duplicateKey('Fler evenemang i biblioteken'), T0, null);
      await store.statements.upsertTranslation(s.id, 'sv', 'Mer evenemang i biblioteken', duplicateKey('Mer evenemang i biblioteken'), T0 + 1, null);
      const found = await store.statements.findById(c.id, s.id);
      expect(found).toMatchObject({ text: s.text, lang: 'fi', status: 'published', isSeed: true, isMeta: false });
      expect(found!.translations).toEqual({ sv: 'Mer evenemang i biblioteken' });
      expect(await store.statements.findById('other-conversation', s.id)).toBeNull();
    });

    it('finds a live exact duplicate by its original or a translation, not a rejected one', async () => {
      const c = await makeConversation(store);
      const s = await makeStatement(store, c.id, 'Pyöräteitä pitää parantaa.');
      await store.statements.upsertTranslation(s.id, 'en', 'Cycle lanes must be improved', duplicateKey('Cycle lanes must be improved'), T0, null);
      expect((await store.statements.findLiveByDuplicateKey(c.id, duplicateKey('pyöräteitä PITÄÄ parantaa')))?.id).toBe(s.id);
      expect((await store.statements.findLiveByDuplicateKey(c.id, duplicateKey('cycle lanes must be improved!')))?.id).toBe(s.id);
      const r = await makeStatement(store, c.id, 'Hylätty väite', { status: 'rejected' });
      expect(await store.statements.findLiveByDuplicateKey(c.id, duplicateKey(r.text))).toBeNull();
      const other = await makeConversation(store);
      expect(await store.statements.findLiveByDuplicateKey(other.id, duplicateKey(s.text))).toBeNull();
    });

    it('takes the same statement as the original of an exact duplicate on every database, also when two were created at once', async () => {
      // Two live statements can share a key (an import brings both): the earliest, then the lowest id, is the original.
      const c = await makeConversation(store);
      const later = await makeStatement(store, c.id, 'Puistoihin lisää penkkejä', { id: `${c.id.slice(0, 6)}zz-later`, createdAt: T0 + 5 });
      const second = await makeStatement(store, c.id, 'Puistoihin lisää penkkejä!', { id: `${c.id.slice(0, 6)}bb-second`, createdAt: T0 });
      const first = await makeStatement(store, c.id, 'puistoihin lisää penkkejä', { id: `${c.id.slice(0, 6)}aa-first`, createdAt: T0 });
      expect((await store.statements.findLiveByDuplicateKey(c.id, duplicateKey('Puistoihin lisää penkkejä')))?.id).toBe(first.id);
      // The same through a translation.
      for (const s of [later, second, first]) {
        await store.statements.upsertTranslation(s.id, 'sv', 'Fler bänkar i parkerna', duplicateKey('Fler bänkar i parkerna'), T0, null);
      }
      expect((await store.statements.findLiveByDuplicateKey(c.id, duplicateKey('fler bänkar i parkerna')))?.id).toBe(first.id);
    });

    it('records decisions and corrected wording', async () => {
      const c = await makeConversation(store);
      const other = await makeStatement(store, c.id, 'Alkuperäinen');
      const s = await makeStatement(store, c.id, 'Kopio', { status: 'pending' });
      const user = await makeUser(store);
      await store.statements.setDecision(s.id, {
        status: 'rejected',
        rejectionReason: 'duplicate',
        rejectionNote: null,
        duplicateOf: other.id,
        decidedAt: T0 + 5,
        decidedBy: user.id,
      });
      expect(await store.statements.findById(c.id, s.id)).toMatchObject({
        status: 'rejected',
        rejectionReason: 'duplicate',
        duplicateOf: other.id,
        decidedAt: T0 + 5,
      });
      await store.statements.setText(other.id, 'Korjattu', duplicateKey('Korjattu'));
      expect((await store.statements.findById(c.id, other.id))!.text).toBe('Korjattu');
      expect(await store.statements.countByStatus(c.id)).toEqual({ pending: 0, published: 1, rejected: 1, withdrawn: 0 });
    });

    it('lists by status in creation order', async () => {
      const c = await makeConversation(store);
      const a = await makeStatement(store, c.id, 'A', { createdAt: T0 + 2 });
      const b = await makeStatement(store, c.id, 'B', { createdAt: T0 + 1 });
      await makeStatement(store, c.id, 'C', { status: 'pending' });
      expect((await store.statements.list(c.id, ['published'])).map((s) => s.id)).toEqual([b.id, a.id]);
      expect(await store.statements.list(c.id, [])).toEqual([]);
    });
  });
}

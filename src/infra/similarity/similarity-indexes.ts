import type { SimilarityIndexes, Store } from '../../app/ports.js';
import type { StatementSimilarity, StatementText } from '../../domain/similarity/port.js';
import { TfIdfSimilarityIndex } from '../../domain/similarity/tfidf-index.js';

interface Held {
  index: StatementSimilarity;
  /** What is indexed per statement, to update only what changed. */
  signatures: Map<string, string>;
  syncedAt: number;
}

/**
 * One in-memory index per conversation, built on first use and then kept in step statement by
 * statement: a newly published, reworded, translated or rejected statement changes only its own
 * entry. Syncing from the store (at most every `maxAgeMs`) also brings in what other app processes
 * changed.
 */
export class InMemorySimilarityIndexes implements SimilarityIndexes {
  private readonly held = new Map<string, Held>();
  private readonly syncing = new Map<string, Promise<Held>>();

  constructor(
    private readonly store: Store,
    private readonly maxAgeMs = 1000,
  ) {}

  async forConversation(conversationId: string): Promise<StatementSimilarity> {
    const held = this.held.get(conversationId);
    if (held && Date.now() - held.syncedAt < this.maxAgeMs) return held.index;
    let pending = this.syncing.get(conversationId);
    if (!pending) {
      pending = this.sync(conversationId, held).finally(() => this.syncing.delete(conversationId));
      this.syncing.set(conversationId, pending);
    }
    return (await pending).index;
  }

  private async sync(conversationId: string, existing: Held | undefined): Promise<Held> {
    const held: Held = existing ?? { index: new TfIdfSimilarityIndex(), signatures: new Map(), syncedAt: 0 };
    const statements = await this.store.statements.list(conversationId, ['pending', 'published']);
    const live = new Set<string>();
    for (const s of statements) {
      live.add(s.id);
      const texts: StatementText[] = [
        { lang: s.lang, text: s.text },
        ...Object.entries(s.translations)
          .filter(([lang]) => lang !== s.lang)
          .map(([lang, text]) => ({ lang: lang as StatementText['lang'], text: text! })),
      ];
      const signature = JSON.stringify([s.status, texts]);
      if (held.signatures.get(s.id) === signature) continue;
      await held.index.upsertStatement(s.id, s.status as 'pending' | 'published', texts);
      held.signatures.set(s.id, signature);
    }
    for (const id of [...held.signatures.keys()]) {
      if (!live.has(id)) {
        await held.index.removeStatement(id);
        held.signatures.delete(id);
      }
    }
    held.syncedAt = Date.now();
    this.held.set(conversationId, held);
    return held;
  }
}

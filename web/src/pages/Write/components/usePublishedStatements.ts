import { useEffect, useState } from 'react';
import { api } from '../../../api/client';
import type { TalliedStatement } from '../../../api/types';

/**
 * The published statements by id, fetched once when first `needed`: a hint then shows each
 * statement in the reader's language with its original at hand, whatever text matched.
 */
export function usePublishedStatements(slug: string, needed: boolean): Map<string, TalliedStatement> | null {
  const [byId, setById] = useState<Map<string, TalliedStatement> | null>(null);
  const [asked, setAsked] = useState(false);
  useEffect(() => {
    if (!needed || asked) return;
    setAsked(true);
    api.statements(slug).then(
      (all) => setById(new Map(all.map((s) => [s.id, s]))),
      () => setById(new Map()),
    );
  }, [slug, needed, asked]);
  return byId;
}

import { useEffect, useState } from 'react';
import { api, ApiError } from '../../../api/client';
import type { Lang, SimilarStatement } from '../../../api/types';
import { statementLength } from './statement-length';

const DEBOUNCE_MS = 400;
const MIN_LENGTH = 12;
const ASK_FOR = 5;
const SHOW = 3;
// The API answers with every statement that shares a word; only close ones are worth a hint.
// Measured on the demo: rewordings score 0.25–0.9, statements that merely share words 0.05–0.3.
const MIN_SCORE = 0.25;
const MIN_SHARE_OF_BEST = 0.7;

function closeOnes(found: SimilarStatement[]): SimilarStatement[] {
  const best = Math.max(0, ...found.map((s) => s.score));
  return found.filter((s) => s.score >= MIN_SCORE && s.score >= best * MIN_SHARE_OF_BEST).slice(0, SHOW);
}

// Set once the server says it has no similarity API, so typing does not keep asking.
let unavailable = false;

/** The most similar published statements to what is being typed, asked for after a pause. */
export function useSimilar(slug: string, text: string, lang: Lang): SimilarStatement[] {
  const [similar, setSimilar] = useState<SimilarStatement[]>([]);
  useEffect(() => {
    if (unavailable || statementLength(text) < MIN_LENGTH) {
      setSimilar([]);
      return;
    }
    let live = true;
    const timer = window.setTimeout(() => {
      api.similar(slug, text.trim(), lang, ASK_FOR).then(
        (found) => live && setSimilar(closeOnes(found)),
        (error: unknown) => {
          if (error instanceof ApiError && error.status === 404 && error.code === 'not_found') unavailable = true;
          if (live) setSimilar([]);
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [slug, text, lang]);
  return similar;
}

export { SIMILARITY_LANGS, isLang, type Lang } from './lang.js';
export { exactDuplicateKey, normaliseText } from './normalise.js';
export type {
  Awaitable,
  SimilarityDocument,
  SimilarityQuery,
  SimilarityStatus,
  SimilarStatement,
  StatementSimilarity,
  StatementText,
} from './port.js';
export { isSameMeaning, SAME_MEANING_THRESHOLD } from './scoring.js';
export { TfIdfSimilarityIndex } from './tfidf-index.js';

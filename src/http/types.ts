import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { AppDeps, PasswordHasher, ResultsEvents, SimilarityIndexes } from '../app/ports.js';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

export interface HttpDeps extends AppDeps {
  passwords: PasswordHasher;
  similarity: SimilarityIndexes;
  /** Live results for server-sent events; absent where no math runs (the API then serves stored results only). */
  resultsEvents?: ResultsEvents;
}

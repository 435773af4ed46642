/**
 * The math worker thread: keeps every conversation's vote matrix in memory, takes new votes as they
 * come, and computes on request, warm-starting from the conversation's previous state.
 */
import { parentPort } from 'node:worker_threads';
import { computeMath, MathWorkspace, VoteMatrix, type MathState } from '../../domain/math/index.js';
import type { FromWorker, ToWorker } from './protocol.js';

interface Held {
  matrix: VoteMatrix;
  state: MathState | null;
  /** Scratch memory reused between updates, so a warm update allocates little. */
  workspace: MathWorkspace;
}

const held = new Map<string, Held>();

function heldFor(conversationId: string): Held {
  let h = held.get(conversationId);
  if (!h) {
    h = { matrix: new VoteMatrix(), state: null, workspace: new MathWorkspace() };
    held.set(conversationId, h);
  }
  return h;
}

function handle(msg: ToWorker): FromWorker | null {
  if (msg.type === 'forget') {
    held.delete(msg.conversationId);
    return null;
  }
  const h = heldFor(msg.conversationId);
  if (msg.type === 'votes') {
    const { participants, statements, values, times } = msg.batch;
    for (let i = 0; i < values.length; i++) {
      h.matrix.add(participants[i]!, statements[i]!, values[i] as -1 | 0 | 1, times[i]!);
    }
    return null;
  }
  const started = performance.now();
  const { facts } = msg;
  const output = computeMath(
    { votes: h.matrix, statements: facts.statements, modOut: facts.modOut, meta: facts.meta, seed: facts.seed, banned: facts.banned },
    { clock: () => performance.now(), workspace: h.workspace, ...(msg.forceK ? { forceK: msg.forceK } : {}) },
    h.state,
  );
  h.state = output.state;
  return { type: 'result', conversationId: msg.conversationId, result: output.result, voters: h.matrix.participantCount, computeMs: performance.now() - started };
}

parentPort!.on('message', (msg: ToWorker) => {
  try {
    const reply = handle(msg);
    if (reply) parentPort!.postMessage(reply);
  } catch (err) {
    parentPort!.postMessage({ type: 'error', conversationId: msg.conversationId, message: err instanceof Error ? err.message : String(err) } satisfies FromWorker);
  }
});

/**
 * Synthetic conversations with planted opinion groups, for tests and benchmarks. Each group holds an
 * opinion (+1 or −1) on every statement; a member votes that way with probability `fidelity`, the
 * other way or passes otherwise. Everything comes from a seeded generator, so runs are reproducible.
 */
import { VoteMatrix, type VoteValue } from '../../src/domain/math/index.js';
import { seededRandom } from '../../src/domain/math/random.js';

export interface PlantedOptions {
  participants: number;
  statements: number;
  /** Votes each participant casts (on distinct statements). */
  votesPerParticipant: number;
  groups: number;
  seed: number;
  /** Probability of voting the group's way (default 0.8); the rest is split between the other way and pass. */
  fidelity?: number;
}

export class PlantedConversation {
  readonly matrix = new VoteMatrix();
  /** Planted group of each participant (index = participant number). */
  readonly groupOf: Int32Array;
  readonly participantIds: string[];
  readonly statementIds: string[];
  private readonly opinion: Int8Array;
  private readonly random: () => number;
  private time = 0;

  constructor(readonly options: PlantedOptions) {
    const { participants: P, statements: S, groups: G, seed } = options;
    this.random = seededRandom(seed);
    this.participantIds = Array.from({ length: P }, (_, i) => `p${i}`);
    this.statementIds = Array.from({ length: S }, (_, j) => `s${j}`);
    this.opinion = new Int8Array(G * S);
    for (let k = 0; k < G * S; k++) this.opinion[k] = this.random() < 0.5 ? 1 : -1;
    this.groupOf = new Int32Array(P);
    for (let i = 0; i < P; i++) this.groupOf[i] = Math.floor(this.random() * G);
    for (const id of this.statementIds) this.matrix.statementIndex(id);
    for (const id of this.participantIds) this.matrix.participantIndex(id);
    this.matrix.reserve(P * options.votesPerParticipant);
    const picked = new Int32Array(S).fill(-1);
    for (let i = 0; i < P; i++) {
      for (let n = 0; n < Math.min(options.votesPerParticipant, S); n++) {
        let s = Math.floor(this.random() * S);
        while (picked[s] === i) s = (s + 1) % S;
        picked[s] = i;
        this.vote(i, s);
      }
    }
  }

  /** The vote a participant casts on a statement under the planted opinions. */
  private value(i: number, s: number): VoteValue {
    const fidelity = this.options.fidelity ?? 0.8;
    const o = this.opinion[this.groupOf[i]! * this.options.statements + s]! as VoteValue;
    const r = this.random();
    if (r < fidelity) return o;
    return r < fidelity + (1 - fidelity) / 2 ? (-o as VoteValue) : 0;
  }

  private vote(i: number, s: number): void {
    this.matrix.addIndexed(i, s, this.value(i, s), this.time++);
  }

  /** `n` more votes by random participants on random statements (some replace earlier votes). */
  addVotes(n: number): void {
    this.matrix.reserve(n);
    for (let k = 0; k < n; k++) {
      this.vote(Math.floor(this.random() * this.options.participants), Math.floor(this.random() * this.options.statements));
    }
  }
}

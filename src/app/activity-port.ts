/** Aggregates of a conversation's activity, for the organizer's dashboard and the public report. */

/** One UTC hour of a conversation's activity. */
export interface HourActivity {
  /** The hour's first instant, UTC epoch milliseconds. */
  hourStart: number;
  /** Vote events cast in the hour (a changed vote counts again). */
  votes: number;
  /** Participants whose first vote fell in the hour. */
  newVoters: number;
  /** Statements written by participants in the hour (seed statements are not counted). */
  statements: number;
}

/** Latest votes on one statement from the participants of one segment (null: no answer). */
export interface SegmentTally {
  segment: string | null;
  statementId: string;
  agree: number;
  disagree: number;
  pass: number;
}

export interface SegmentSize {
  segment: string | null;
  participants: number;
}

/** Aggregates for dashboards and reports, computed in SQL. Banned participants are left out of the segment figures. */
export interface ActivityRepo {
  /** Hours with any activity, oldest first. */
  byHour(conversationId: string): Promise<HourActivity[]>;
  segmentTallies(conversationId: string): Promise<SegmentTally[]>;
  segmentSizes(conversationId: string): Promise<SegmentSize[]>;
}

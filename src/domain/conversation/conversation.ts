import type { Lang } from '../languages.js';
import type { Schedule } from './schedule.js';
import type { ConversationSettings } from './settings.js';
import type { ConversationTexts } from './texts.js';

export interface Conversation {
  /** Internal id; never shown. */
  id: string;
  /** Public id, used in addresses. */
  slug: string;
  /** The languages the conversation is held in, the default first. */
  languages: Lang[];
  texts: Partial<Record<Lang, ConversationTexts>>;
  schedule: Schedule;
  closedManually: boolean;
  settings: ConversationSettings;
  createdAt: number;
  /** When the logo was last set; null or absent without a logo. */
  logoUpdatedAt?: number | null;
}

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

export function isValidSlug(slug: string): boolean {
  return SLUG.test(slug);
}

export type { Flag, FlagKind, LocalisedText, PrescreenRule, TextSpan } from './flag.js';
export { containsPersonalIdentityCode, isValidPersonalIdentityCode } from './identity-code.js';
export { prescreen, screenText, type PrescreenContext } from './prescreen.js';
export { conversationTopic, OFF_TOPIC_THRESHOLD, type ConversationTopic } from './topic.js';

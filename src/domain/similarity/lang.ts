/** The similarity pipeline knows Sopu's languages: a conversation's statements and translations are in these. */
export { LANGS as SIMILARITY_LANGS, isLang, type Lang } from '../languages.js';

import type { Flag, TextSpan } from './flag.js';
import { REASONS } from './reasons.js';

/** Last parts of Finnish and Swedish street names, written together with the name or apart. */
export const STREET_PARTS_FI_SV =
  'tie|katu|kuja|polku|väylä|tori|aukio|kaari|raitti|rinne|ranta|puistikko|puistotie|bulevardi|esplanadi|portti|piha|kaarre|' +
  'vägen|gatan|gränd|stigen|torget|kajen|backen|allén|esplanaden|strand|stranden|plan|planen|väg|gata|bågen|branten';
const STREET_PARTS_EN = 'Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Square|Sq|Place|Pl|Court|Ct|Crescent|Terrace|Close|Gardens|Row|Hill';

/** After a house number: units that make it a measure, not an address ("Hämeentie 30 km/h"). */
const NOT_A_HOUSE_NUMBER = String.raw`(?!\s*(?:km|m\b|metri|mil|%|€|e\b|eur|min|h\b|kpl|st\b|vuo|år|year|dB|km\/h|\/|[.,]\d))`;

// "Mannerheimintie 5", "Hämeentie 14 B", "Mannerheimintie 5 A 12", "Minna Canthin katu 3", "Mannerheimvägen 12".
const FI_SV = new RegExp(
  String.raw`(?<![\p{L}\p{N}])\p{Lu}(?:[\p{L}'’-]*\s(?:${STREET_PARTS_FI_SV})|[\p{L}'’-]+(?:${STREET_PARTS_FI_SV}))` +
    String.raw`\s\d{1,3}(?:\s?-\s?\d{1,3})?(?:\s?[A-Ha-h](?![\p{L}]))?(?:\s\d{1,3}(?![\p{N}]))?(?![\p{N}])${NOT_A_HOUSE_NUMBER}`,
  'gu',
);
// "5 Main Street", "14 Harbour Road", "221B Baker St".
const EN = new RegExp(String.raw`(?<![\p{L}\p{N}])\d{1,4}[A-Za-z]?,?\s(?:\p{Lu}[\p{L}'’-]+\s){1,3}(?:${STREET_PARTS_EN})\b`, 'gu');

export function findStreetAddresses(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const pattern of [FI_SV, EN]) {
    for (const m of text.matchAll(pattern)) spans.push({ start: m.index!, end: m.index! + m[0].trimEnd().length });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Street addresses with a house number (rule 1): a home, which identifies the people living there. */
export function checkStreetAddresses(text: string): Flag[] {
  return findStreetAddresses(text).map((span) => ({
    rule: 'names_person',
    kind: 'street_address',
    reason: REASONS.street_address,
    span,
  }));
}

/**
 * A street name written as one word ("Mannerheimintiellä", "Runebergsgatan"): a place, not a
 * name. Only parts that no surname ends in: -ranta, -rinne and -strand do (Koivuranta, Lindstrand).
 */
const STREET_WORD =
  /^\p{L}{3,}(?:tie|katu|kadu|kuja|polku|polu|väylä|aukio|raitti|bulevardi|esplanadi|puistikko|vägen|gatan|gränd|stigen|torget|kajen|allén|esplanaden)\p{L}{0,6}$/u;
const STREET_PART_WORD = new RegExp(String.raw`^(?:katu|kadu|tie|kuja|polku|polu|puisto|aukio|tori|silta|ranta|gata|gatan|väg|vägen|gränd|park|parken|torg|torget|street|road|avenue|square|bridge)\p{L}{0,5}$`, 'u');

export function isStreetWord(lower: string): boolean {
  return STREET_WORD.test(lower);
}

/** A lower-case street part after a name: "Minna Canthin katu", "Aleksis Kiven kadulla". */
export function isStreetPartWord(lower: string): boolean {
  return STREET_PART_WORD.test(lower);
}

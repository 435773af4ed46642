/** Length as the server counts it: white space folded, ends trimmed, in code points. */
export function statementLength(text: string): number {
  return [...text.normalize('NFC').replace(/\s+/gu, ' ').trim()].length;
}

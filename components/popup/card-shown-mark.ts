/**
 * The User Timing mark the popup sets once, when its first site card (or the card's error) is in
 * the document: the moment the popup has done what it was opened for. DevTools shows it, and the
 * popup bench reads it from a real toolbar popup (bench/popup.bench.ts), which no test driver can
 * watch from the outside.
 */
export const CARD_SHOWN_MARK = 'pantau:card-shown';

/** Sets the mark unless this document already has it (a card drawn again is not the first). */
export function markCardShown(): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  if (performance.getEntriesByName(CARD_SHOWN_MARK, 'mark').length === 0) performance.mark(CARD_SHOWN_MARK);
}

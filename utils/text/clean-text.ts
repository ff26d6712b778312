/**
 * Page-derived text (titles) is hostile: it may be megabytes long, hold null bytes, control
 * characters or bidi overrides meant to make "exe.pdf" read as "fdp.exe". Pantau keeps a bounded,
 * printable copy; escaping for display is the UI's job (Preact escapes text) and CSV neutralises
 * formulas on export.
 */
export const MAX_TITLE_LENGTH = 300;

// C0/C1 controls, DEL, and the bidi marks (LRM, RLM, ALM): each becomes a space.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u061c]/g;
/**
 * Characters that show nothing, or reorder what follows, and so make two texts that look alike
 * differ ("Dinas\u200bKominfo") or a name read backwards: zero-width space, non-joiner, joiner,
 * word joiner and BOM, and the bidi embeddings, overrides and isolates. They are removed outright
 * (a space would split a word).
 */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069]/g;

/** `text` without zero-width characters and bidi embeddings, overrides and isolates. */
export function removeInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/**
 * Text from a file or a person (names, units, registry fields, exports from others): invisible
 * characters removed, controls turned into spaces; length and inner spacing otherwise kept.
 */
export function cleanText(text: string): string {
  return removeInvisible(text).replace(UNSAFE, ' ');
}

/** Cleans a page title for storage: unsafe characters become spaces, whitespace collapses, length is bounded. */
export function cleanTitle(raw: unknown, max = MAX_TITLE_LENGTH): string | null {
  if (typeof raw !== 'string') return null;
  // Slice before the regex work so a 1 MB title costs no more than a short one.
  const head = raw.slice(0, max * 4);
  let text = cleanText(head).replace(/\s+/g, ' ').trim();
  if (text.length > max) {
    // Do not cut a surrogate pair in half.
    let end = max - 1;
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff) end -= 1;
    text = `${text.slice(0, end)}…`;
  }
  return text.length > 0 ? text : null;
}

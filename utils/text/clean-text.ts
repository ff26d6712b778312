/**
 * Page-derived text (titles) is hostile: it may be megabytes long, hold null bytes, control
 * characters or bidi overrides meant to make "exe.pdf" read as "fdp.exe". Pantau keeps a bounded,
 * printable copy; escaping for display is the UI's job (Preact escapes text) and CSV neutralises
 * formulas on export.
 */
export const MAX_TITLE_LENGTH = 300;

// C0/C1 controls, DEL, and the bidi embedding/override/isolate characters.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

/** Cleans a page title for storage: unsafe characters become spaces, whitespace collapses, length is bounded. */
export function cleanTitle(raw: unknown, max = MAX_TITLE_LENGTH): string | null {
  if (typeof raw !== 'string') return null;
  // Slice before the regex work so a 1 MB title costs no more than a short one.
  const head = raw.slice(0, max * 4);
  let text = head.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  if (text.length > max) {
    // Do not cut a surrogate pair in half.
    let end = max - 1;
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff) end -= 1;
    text = `${text.slice(0, end)}…`;
  }
  return text.length > 0 ? text : null;
}

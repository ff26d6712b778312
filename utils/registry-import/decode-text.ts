/**
 * Turns a registry file's bytes into text. Offices save CSV from Excel, which writes UTF-8 with a
 * BOM ("CSV UTF-8"), UTF-16 ("Unicode Text") or, on Indonesian Windows, Windows-1252 ("CSV (Comma
 * delimited)"). Guessing wrong would silently mangle names such as "Pelayanan Terpadu – Satu Pintu",
 * so the encoding is decided from the BOM, then by whether the bytes are valid UTF-8.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/** Decodes bytes (or passes text through), dropping any byte-order mark. */
export function decodeText(content: string | Uint8Array): DecodedText {
  if (typeof content === 'string') return { text: stripBom(content), encoding: 'utf-8' };
  const bytes = content;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decode('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decode('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: decode('windows-1252', body), encoding: 'windows-1252' };
  }
}

function decode(label: TextEncodingName, bytes: Uint8Array): string {
  return stripBom(new TextDecoder(label).decode(bytes));
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

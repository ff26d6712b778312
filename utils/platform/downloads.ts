/**
 * How long the object URL outlives the click. Revoking it in the same task can cancel the
 * download in Firefox, and the file is small, so a generous delay costs nothing; closing the
 * popup revokes it anyway.
 */
export const REVOKE_DELAY_MS = 10_000;

/**
 * Downloads `text` (or bytes: the dashboard's .xlsx) through a Blob, an object URL and a temporary
 * `<a download>`: no `downloads` permission needed (see wxt.config.ts).
 */
export function downloadText(filename: string, text: BlobPart, mimeType: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const anchor = doc.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.rel = 'noopener';
  anchor.hidden = true;
  doc.body.append(anchor);
  try {
    anchor.click();
  } finally {
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS);
  }
}

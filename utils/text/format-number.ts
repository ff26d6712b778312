/** A number in the UI language's format: decimal comma and dot thousands in Indonesian ("1.234,5"). Pure (no browser API). */
export function formatNumber(value: number, lang: 'id' | 'en', fractionDigits = 0): string {
  return new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(value);
}

/** WITA (Waktu Indonesia Tengah, UTC+8, no daylight saving): the city's clock, which files show on every machine. */
export const WITA_OFFSET_MS = 8 * 60 * 60 * 1000;

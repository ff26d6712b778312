import { describe, expect, it } from 'vitest';
import { formatDateTime, timeAgo } from '../../../utils/text/time-ago';

const NOW = Date.UTC(2025, 10, 27, 13, 20);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('timeAgo', () => {
  it('says "just now" for anything under a minute', () => {
    expect(timeAgo(NOW, NOW, 'id')).toBe('baru saja');
    expect(timeAgo(NOW - 59_999, NOW, 'id')).toBe('baru saja');
    expect(timeAgo(NOW - 30_000, NOW, 'en')).toBe('just now');
  });

  it('treats a time slightly in the future (clock skew) as just now', () => {
    expect(timeAgo(NOW + 5 * MINUTE, NOW, 'id')).toBe('baru saja');
  });

  it('uses the largest whole unit, in Indonesian', () => {
    expect(timeAgo(NOW - MINUTE, NOW, 'id')).toBe('1 menit yang lalu');
    expect(timeAgo(NOW - 59 * MINUTE, NOW, 'id')).toBe('59 menit yang lalu');
    expect(timeAgo(NOW - 2 * HOUR, NOW, 'id')).toBe('2 jam yang lalu');
    expect(timeAgo(NOW - 3 * DAY, NOW, 'id')).toBe('3 hari yang lalu');
    expect(timeAgo(NOW - 36 * HOUR, NOW, 'id')).toBe('1 hari yang lalu');
    expect(timeAgo(NOW - 10 * DAY, NOW, 'id')).toBe('1 minggu yang lalu');
    expect(timeAgo(NOW - 70 * DAY, NOW, 'id')).toBe('2 bulan yang lalu');
    expect(timeAgo(NOW - 800 * DAY, NOW, 'id')).toBe('2 tahun yang lalu');
  });

  it('speaks English', () => {
    expect(timeAgo(NOW - 3 * DAY, NOW, 'en')).toBe('3 days ago');
    expect(timeAgo(NOW - HOUR, NOW, 'en')).toBe('1 hour ago');
    expect(timeAgo(NOW - 14 * DAY, NOW, 'en')).toBe('2 weeks ago');
  });
});

describe('formatDateTime', () => {
  it('formats date and time for each language in the given time zone', () => {
    expect(formatDateTime(NOW, 'id', 'Asia/Makassar')).toBe('27 Nov 2025, 21.20');
    expect(formatDateTime(NOW, 'en', 'Asia/Makassar')).toBe('27 Nov 2025, 21:20');
  });
});

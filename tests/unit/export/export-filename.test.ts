import { afterEach, describe, expect, it } from 'vitest';
import { exportFilename } from '../../../utils/export/export-filename';

describe('exportFilename', () => {
  const savedTz = process.env.TZ;
  afterEach(() => {
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  });

  it('names the file pantau-YYYYMMDD-HHmm with zero padding', () => {
    expect(exportFilename(new Date(2025, 0, 5, 7, 3, 59), 'json')).toBe('pantau-20250105-0703.json');
    expect(exportFilename(new Date(2025, 11, 31, 23, 59), 'csv')).toBe('pantau-20251231-2359.csv');
  });

  it('uses the local time of the user, not UTC', () => {
    // Makassar is WITA (UTC+8): 16:30 UTC on 4 January is 00:30 on 5 January there.
    process.env.TZ = 'Asia/Makassar';
    expect(exportFilename(new Date('2025-01-04T16:30:00Z'), 'json')).toBe('pantau-20250105-0030.json');
  });
});

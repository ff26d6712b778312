import { describe, expect, it } from 'vitest';
import {
  copyrightYear,
  datesInText,
  localDate,
  newestDate,
  olderThanMonths,
  relativeDatesInText,
  structuredDate,
  ymd,
} from '../../../utils/inspection/dates';

const NOW = new Date(2026, 10, 27, 10, 0).getTime(); // Friday 27 November 2026, 10:00 local
const TODAY = '2026-11-27';

describe('datesInText', () => {
  it('reads ISO, day-first numeric, Indonesian and English month names', () => {
    expect(
      datesInText(
        'Diperbarui 2026-11-20T08:00:00+08:00, rapat 05/08/2020, laporan 7-3-2021, arsip 31.12.2019, ' +
          'Kamis, 12 Maret 2019; 17 Agt 2021; 1 Agu 2022; 2 Agustus 2023; 3 Mei 2024; 4 Okt 2024; 5 Des 2024; ' +
          '6 Pebruari 2018; 7 Nopember 2017; 8 Nop. 2016; November 25, 2025; 5th May 2024; 2025/01/15',
      ).sort(),
    ).toEqual(
      [
        '2026-11-20', '2020-08-05', '2021-03-07', '2019-12-31', '2019-03-12', '2021-08-17', '2022-08-01', '2023-08-02',
        '2024-05-03', '2024-10-04', '2024-12-05', '2018-02-06', '2017-11-07', '2016-11-08', '2025-11-25', '2024-05-05', '2025-01-15',
      ].sort(),
    );
  });

  it('reads 11/27/2025 month first only when day first is impossible', () => {
    expect(datesInText('11/27/2025')).toEqual(['2025-11-27']);
    expect(datesInText('03/04/2025')).toEqual(['2025-04-03']);
  });

  it('rejects impossible dates, words that only start like months, versions and years alone', () => {
    expect(datesInText('31 Februari 2024, 30/02/2023, 2024-13-01, 00/01/2020, 12 Marathon 2020, jQuery 3.6.0, tahun 2019, 1990-01-01')).toEqual([]);
  });

  it('stays linear on hostile text', () => {
    const hostile = '1/1/1/1/1/1/'.repeat(20_000) + '12 '.repeat(20_000) + 'Januari '.repeat(10_000);
    const start = performance.now();
    datesInText(hostile);
    expect(performance.now() - start).toBeLessThan(500);
  });
});

describe('relativeDatesInText', () => {
  it('reads Indonesian, English and mixed relative forms back from now', () => {
    expect(
      relativeDatesInText('3 hari yang lalu · 15 jam ago · sehari yang lalu · 2 minggu lalu · 1 bulan yang lalu · a year ago · 2 weeks ago · 30 menit lalu', NOW),
    ).toEqual(['2026-11-24', '2026-11-26', '2026-11-26', '2026-11-13', '2026-10-27', '2025-11-27', '2026-11-13', '2026-11-27']);
  });

  it('ignores numbers that are not relative dates', () => {
    expect(relativeDatesInText('3 hari kerja, 2 tahun anggaran, menit ke-15', NOW)).toEqual([]);
  });
});

describe('newestDate', () => {
  it('takes the newest date that is not in the future', () => {
    expect(newestDate({ text: ['2026-11-01', '2026-12-25', '9999-12-31'], structured: ['2026-10-01'], relative: [] }, TODAY)).toBe('2026-11-01');
  });

  it("ignores today's date in running text (header clocks) but not in markup or relative forms", () => {
    expect(newestDate({ text: [TODAY, '2019-03-12'], structured: [], relative: [] }, TODAY)).toBe('2019-03-12');
    expect(newestDate({ text: [TODAY], structured: [TODAY], relative: [] }, TODAY)).toBe(TODAY);
    expect(newestDate({ text: [], structured: [], relative: [TODAY] }, TODAY)).toBe(TODAY);
    expect(newestDate({ text: [], structured: [], relative: [] }, TODAY)).toBeNull();
  });
});

describe('structuredDate', () => {
  it('reads machine dates and nothing else', () => {
    expect(structuredDate('2026-11-26T09:30:00+08:00')).toBe('2026-11-26');
    expect(structuredDate('26/11/2026')).toBe('2026-11-26');
    expect(structuredDate('yesterday')).toBeNull();
  });
});

describe('copyrightYear', () => {
  it('reads ©, (c), Copyright and Hak Cipta, taking the end of a range', () => {
    expect(copyrightYear('© 2021 Kelurahan Contoh', 2026)).toBe(2021);
    expect(copyrightYear('Copyright (c) 2016 - 2024 Pemkot', 2026)).toBe(2024);
    expect(copyrightYear('Hak Cipta © 2018–2025 Dinas', 2026)).toBe(2025);
    expect(copyrightYear('Hak cipta dilindungi undang-undang', 2026)).toBeNull();
  });

  it('ignores years after the current one and absurd ones', () => {
    expect(copyrightYear('© 2099 · © 9999 · © 2020', 2026)).toBe(2020);
    expect(copyrightYear('© 1066', 2026)).toBeNull();
  });
});

describe('calendar helpers', () => {
  it('validates calendar dates', () => {
    expect(ymd('2024', '2', '29')).toBe('2024-02-29');
    expect(ymd('2023', '2', '29')).toBeNull();
    expect(ymd('10000', '1', '1')).toBeNull();
  });

  it('compares with a threshold in calendar months', () => {
    expect(olderThanMonths('2025-11-26', 12, NOW)).toBe(true);
    expect(olderThanMonths('2025-11-27', 12, NOW)).toBe(false);
    expect(olderThanMonths('2026-05-26', 6, NOW)).toBe(true);
    expect(olderThanMonths('2026-06-01', 6, NOW)).toBe(false);
    expect(localDate(NOW)).toBe(TODAY);
  });
});

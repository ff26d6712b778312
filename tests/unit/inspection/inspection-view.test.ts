import { describe, expect, it } from 'vitest';
import { inspectionView, PAGE_GRACE_MS, withPage, withResponse } from '../../../utils/inspection/inspection-view';
import { responseFactsFrom } from '../../../utils/inspection/response-facts';
import { pageFacts, T } from './support';

const HOST = 'x.makassarkota.go.id';
const ok = (time: number) => responseFactsFrom({ url: `https://${HOST}/`, time, statusCode: 200, headers: [{ name: 'Server', value: 'Apache/2.4.41' }] });

describe('inspection record merging', () => {
  it('keeps page facts that arrived a little before their response (events race)', () => {
    const withFacts = withPage(undefined, HOST, pageFacts(), T, `https://${HOST}/`);
    const merged = withResponse(withFacts, HOST, ok(T + 500));
    expect(merged.page?.checkedAt).toBe(T);
    expect(inspectionView(merged)).toMatchObject({ status: 200, title: 'Aplikasi', pageCheckedAt: T, https: true });
  });

  it('drops page facts of an earlier load when a new response comes', () => {
    const withFacts = withPage(undefined, HOST, pageFacts(), T, `https://${HOST}/`);
    expect(withResponse(withFacts, HOST, ok(T + PAGE_GRACE_MS + 1)).page).toBeNull();
  });

  it('never lets an older observation replace a newer one', () => {
    const newer = withResponse(undefined, HOST, ok(T + 1000));
    expect(withResponse(newer, HOST, ok(T))).toBe(newer);
    const page = withPage(newer, HOST, pageFacts({ title: 'Baru' }), T + 2000, null);
    expect(withPage(page, HOST, pageFacts({ title: 'Lama' }), T + 1500, null).page?.title).toBe('Baru');
  });

  it('merges software from the page and the headers', () => {
    const record = withPage(withResponse(undefined, HOST, ok(T)), HOST, pageFacts({ software: [{ name: 'WordPress', version: '6.4.2' }] }), T + 10, null);
    expect(inspectionView(record)?.software).toEqual([
      { name: 'WordPress', version: '6.4.2' },
      { name: 'Apache', version: '2.4.41' },
    ]);
  });

  it('is null when nothing was observed', () => {
    expect(inspectionView(null)).toBeNull();
    expect(inspectionView({ host: HOST, response: null, page: null })).toBeNull();
  });
});

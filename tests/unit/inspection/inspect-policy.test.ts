import { describe, expect, it } from 'vitest';
import { DEFAULT_REINSPECT_HOURS, reinspectHoursOf, sameSite, shouldInspect, signatureOf } from '../../../utils/inspection/inspect-policy';
import { inspectionView, withPage, withResponse } from '../../../utils/inspection/inspection-view';
import type { InspectionRecord, ResponseFacts } from '../../../utils/inspection/types';
import { pageFacts, T } from './support';

const HOUR = 3_600_000;
const HOST = 'x.makassarkota.go.id';
const URL_ROOT = 'https://x.makassarkota.go.id/';

function response(over: Partial<ResponseFacts> = {}): ResponseFacts {
  return { checkedAt: T, url: URL_ROOT, status: 200, error: null, redirects: [], hsts: true, server: 'nginx', poweredBy: null, lastModified: null, ...over };
}

/** A host whose front page was read at T, right after its response. */
function inspected(over: Partial<ResponseFacts> = {}, facts = pageFacts()): InspectionRecord {
  return withPage(withResponse(undefined, HOST, response(over)), HOST, facts, T + 500, URL_ROOT);
}

describe('shouldInspect (inspect once per host per period)', () => {
  it('reads a host never read, and one whose last reading is older than the period', () => {
    expect(shouldInspect(undefined, URL_ROOT, T, 6)).toEqual({ inspect: true, reason: 'never' });
    expect(shouldInspect({ host: HOST, response: response(), page: null }, URL_ROOT, T, 6)).toEqual({ inspect: true, reason: 'never' });
    expect(shouldInspect(inspected(), URL_ROOT, T + 6 * HOUR + 500, 6)).toEqual({ inspect: true, reason: 'period' });
  });

  it('does not read a page again on repeat visits within the period when the response says the same', () => {
    let record = inspected();
    for (let visit = 1; visit <= 5; visit++) {
      // Every repeat visit stores its own response, the same facts each time.
      record = withResponse(record, HOST, response({ checkedAt: T + visit * HOUR }));
      expect(shouldInspect(record, URL_ROOT, T + visit * HOUR + 100, 6)).toEqual({ inspect: false });
      // …and the page facts stay in the host's picture, hours after they were read.
      expect(inspectionView(record)?.pageCheckedAt).toBe(T + 500);
    }
  });

  it('reads again when the status, final URL, server headers or Last-Modified changed', () => {
    for (const changed of [{ status: 503 }, { url: 'https://x.makassarkota.go.id/baru', redirects: [{ url: URL_ROOT, status: 301 }] }, { server: 'Apache' }, { poweredBy: 'PHP/8.2' }, { lastModified: T }]) {
      const record = withResponse(inspected(), HOST, response({ checkedAt: T + HOUR, ...changed }));
      expect(shouldInspect(record, URL_ROOT, T + HOUR + 100, 6)).toMatchObject({ inspect: true });
    }
  });

  it('reads a path never read before on a host showing a placeholder or an error, but not on a healthy host', () => {
    const placeholder = inspected({}, pageFacts({ placeholder: 'server-default' }));
    expect(shouldInspect(placeholder, 'https://x.makassarkota.go.id/app/', T + HOUR, 6)).toEqual({ inspect: true, reason: 'new-path' });
    expect(shouldInspect(placeholder, URL_ROOT, T + HOUR, 6)).toEqual({ inspect: false });
    const failing = inspected({ status: 500 });
    expect(shouldInspect(failing, 'https://x.makassarkota.go.id/masuk', T + HOUR, 6)).toEqual({ inspect: true, reason: 'new-path' });
    expect(shouldInspect(inspected(), 'https://x.makassarkota.go.id/app/', T + HOUR, 6)).toEqual({ inspect: false });
    // Once read, that path is known too.
    const read = withPage(placeholder, HOST, pageFacts({ placeholder: 'server-default' }), T + HOUR, 'https://x.makassarkota.go.id/app/');
    expect(shouldInspect(read, 'https://x.makassarkota.go.id/app/', T + 2 * HOUR, 6)).toEqual({ inspect: false });
  });

  it('reads again facts stored before the policy (no response key) and facts dated in the future', () => {
    const legacy: InspectionRecord = { host: HOST, response: response(), page: { ...pageFacts(), checkedAt: T, url: URL_ROOT } };
    expect(inspected().page?.readFrom).toEqual(signatureOf(response()));
    expect(shouldInspect(legacy, URL_ROOT, T + 1000, 6)).toEqual({ inspect: true, reason: 'response-changed' });
    expect(shouldInspect(inspected(), URL_ROOT, T - HOUR, 6)).toEqual({ inspect: true, reason: 'period' });
  });

  it('compares the facts the policy cares about, not when a response was seen, and other pages by the host-wide facts only', () => {
    const read = signatureOf(response());
    expect(sameSite(read, response({ checkedAt: T + 99 * HOUR }))).toBe(true);
    expect(sameSite(read, response({ status: 404 }))).toBe(false);
    // Another page of the same host has its own URL and Last-Modified.
    expect(sameSite(read, response({ url: 'https://x.makassarkota.go.id/layanan', lastModified: T }))).toBe(true);
    expect(sameSite(read, response({ url: 'https://x.makassarkota.go.id/layanan', server: 'Apache' }))).toBe(false);
    // The same address now redirecting elsewhere is a changed final URL.
    expect(sameSite(read, response({ url: 'https://x.makassarkota.go.id/maintenance', redirects: [{ url: URL_ROOT, status: 302 }] }))).toBe(false);
  });
});

describe('reinspectHoursOf', () => {
  it('takes a whole number of hours in range, else the default', () => {
    expect(reinspectHoursOf({ reinspectHours: 2 })).toBe(2);
    for (const bad of [undefined, 0, 1.5, 1000, '3']) expect(reinspectHoursOf({ reinspectHours: bad })).toBe(DEFAULT_REINSPECT_HOURS);
  });
});

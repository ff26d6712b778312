import { describe, expect, it } from 'vitest';
import { badgeFor, BADGE_COLORS } from '../../utils/badge';
import { computeFindings, FINDINGS, findingMessage, worstSeverity } from '../../utils/findings';
import type { HostRecord } from '../../utils/host-record';
import { entry } from './support/test-registry';

const record = (over: Partial<HostRecord> = {}): HostRecord => ({
  host: 'x.makassarkota.go.id',
  firstSeen: 1,
  lastSeen: 2,
  visits: 1,
  lastUrl: 'https://x.makassarkota.go.id/',
  lastTitle: null,
  lastOutcome: 'ok',
  lastError: null,
  days: {},
  ...over,
});
const failed = record({ lastOutcome: 'error', lastError: 'net::ERR_CONNECTION_REFUSED' });
const active = entry({ id: 'a', hosts: ['x.makassarkota.go.id'], status: 'aktif' });
const inactive = entry({ id: 'b', hosts: ['x.makassarkota.go.id'], status: 'tidak-aktif' });
const developing = entry({ id: 'c', hosts: ['x.makassarkota.go.id'], status: 'pengembangan' });
const unknown = entry({ id: 'd', hosts: ['x.makassarkota.go.id'], status: 'tidak-diketahui' });

const codes = (...args: Parameters<typeof computeFindings>) => computeFindings(...args).map((f) => f.code);

describe('computeFindings', () => {
  it('flags an unregistered host that was seen', () => {
    expect(codes(null, record())).toEqual(['unregistered']);
  });
  it('flags a registered inactive or in-development app whose site loaded', () => {
    expect(codes(inactive, record())).toEqual(['registry-not-active']);
    expect(codes(developing, record())).toEqual(['registry-not-active']);
  });
  it('does not flag an inactive app whose site failed: it is unreachable instead', () => {
    expect(codes(inactive, failed)).toEqual(['unreachable']);
  });
  it('flags an unreachable host, registered or not, most severe first', () => {
    expect(codes(active, failed)).toEqual(['unreachable']);
    expect(codes(null, failed)).toEqual(['unreachable', 'unregistered']);
  });
  it('has nothing to say about a healthy active or unknown-status app, or an unseen one', () => {
    expect(codes(active, record())).toEqual([]);
    expect(codes(unknown, record())).toEqual([]);
    expect(codes(active, null)).toEqual([]);
  });
  it('carries the pinned severity and both languages for every code', () => {
    expect(Object.fromEntries(Object.entries(FINDINGS).map(([code, def]) => [code, def.severity]))).toEqual({
      unregistered: 'high',
      'registry-not-active': 'medium',
      unreachable: 'high',
    });
    for (const code of Object.keys(FINDINGS) as Array<keyof typeof FINDINGS>) {
      expect(findingMessage(code, 'id')).not.toBe(findingMessage(code, 'en'));
      expect(findingMessage(code, 'id').length).toBeGreaterThan(10);
    }
    expect(worstSeverity(computeFindings(inactive, record()))).toBe('medium');
    expect(worstSeverity([])).toBeNull();
  });
});

describe('badgeFor', () => {
  it('is green for a registered active app and blue when its status is unknown', () => {
    expect(badgeFor('x', active, record())).toMatchObject({ tone: 'green', color: BADGE_COLORS.green, titleKey: 'badgeRegisteredActive' });
    expect(badgeFor('x', unknown, record())).toMatchObject({ tone: 'blue', titleKey: 'badgeRegisteredUnknown' });
  });
  it('is amber when the registry says not active or the last visit failed', () => {
    expect(badgeFor('x', inactive, record())).toMatchObject({ tone: 'amber', titleKey: 'badgeRegisteredNotActive' });
    expect(badgeFor('x', active, failed)).toMatchObject({
      tone: 'amber',
      titleKey: 'badgeFailed',
      titleArgs: ['x', 'net::ERR_CONNECTION_REFUSED'],
    });
  });
  it('is red for an unregistered host, failed or not', () => {
    expect(badgeFor('x', null, record())).toMatchObject({ tone: 'red', text: '?', titleKey: 'badgeUnregistered' });
    expect(badgeFor('x', null, failed).tone).toBe('red');
  });
});

import { describe, expect, it } from 'vitest';
import { badgeFor, BADGE_COLORS } from '../../../utils/findings/badge';
import { computeFindings, FINDINGS, findingAdvice, findingMessage, worstSeverity } from '../../../utils/findings/findings';
import type { HostRecord } from '../../../utils/visits/host-record';
import { entry } from '../support/test-registry';

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
    expect(codes(unknown, failed)).toEqual(['unreachable']);
    expect(codes(null, failed)).toEqual(['unreachable', 'unregistered']);
  });
  it('puts a registered active app that is down before everything else, with the cause', () => {
    expect(computeFindings(active, failed)).toEqual([
      { code: 'registry-active-down', severity: 'high', detail: 'unreachable' },
      { code: 'unreachable', severity: 'high', detail: 'net::ERR_CONNECTION_REFUSED' },
    ]);
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
      'registry-active-down': 'high',
      'http-error': 'high',
      placeholder: 'high',
      'no-https': 'medium',
      'login-over-http': 'high',
      'no-hsts': 'low',
      'version-exposed': 'low',
      'stale-content': 'medium',
    });
    for (const code of Object.keys(FINDINGS) as Array<keyof typeof FINDINGS>) {
      expect(findingMessage(code, 'id')).not.toBe(findingMessage(code, 'en'));
      expect(findingMessage(code, 'id').length).toBeGreaterThan(10);
      expect(findingAdvice(code, 'id')).not.toBe(findingAdvice(code, 'en'));
      expect(findingAdvice(code, 'en').length).toBeGreaterThan(20);
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
  it('is amber when the registry says not active, red when the last visit failed (worst severity)', () => {
    expect(badgeFor('x', inactive, record())).toMatchObject({ tone: 'amber', text: '!', titleKey: 'badgeRegisteredNotActive' });
    expect(badgeFor('x', unknown, failed)).toMatchObject({
      tone: 'red',
      text: '!',
      titleKey: 'badgeFailed',
      titleArgs: ['x', 'net::ERR_CONNECTION_REFUSED'],
    });
  });
  it('has its own colour and mark for a registered active app that is down', () => {
    const badge = badgeFor('x', active, failed);
    expect(badge).toMatchObject({ tone: 'critical', color: BADGE_COLORS.critical, text: '✕', titleKey: 'badgeActiveDown', titleArgs: ['x', 'a'] });
    expect(Object.values(BADGE_COLORS).filter((color) => color === BADGE_COLORS.critical)).toHaveLength(1);
  });
  it('is red for an unregistered host, failed or not', () => {
    expect(badgeFor('x', null, record())).toMatchObject({ tone: 'red', text: '?', titleKey: 'badgeUnregistered' });
    expect(badgeFor('x', null, failed).tone).toBe('red');
  });
});

import { describe, expect, it } from 'vitest';
import { createErrorPageCommits } from '../../../utils/visits/error-page-commits';
import { firefoxErrorName } from '../../../utils/visits/firefox-error-codes';
import { netErrorGroup, siteFailureName } from '../../../utils/visits/net-errors';

const DOWN = 'http://sembakota.makassarkota.go.id/';
const at = (timeStamp: number, over: object = {}) => ({ tabId: 2, frameId: 0, url: DOWN, timeStamp, ...over });

describe('Firefox error-page commits', () => {
  it('recognises the commit that follows a failure in the same tab without a new navigation', () => {
    const pages = createErrorPageCommits();
    pages.started(at(1000));
    pages.failed(at(1060));
    expect(pages.errorPageOf(at(1095))).not.toBeNull();
    // The mark is used up: a later commit in the tab is a page again.
    expect(pages.errorPageOf(at(1200))).toBeNull();
  });

  it('counts a retry that starts a new navigation (Chrome commits no error page)', () => {
    const pages = createErrorPageCommits();
    pages.failed(at(1000));
    pages.started(at(1500));
    expect(pages.errorPageOf(at(1550))).toBeNull();
  });

  it('keeps tabs, URLs, sub-frames and stale marks apart', () => {
    const pages = createErrorPageCommits(10_000);
    pages.failed(at(1000));
    expect(pages.errorPageOf(at(1010, { tabId: 3 }))).toBeNull();
    expect(pages.errorPageOf(at(1010, { frameId: 4 }))).toBeNull();
    expect(pages.errorPageOf(at(1010, { url: 'http://dukcapil.makassarkota.go.id/' }))).toBeNull();
    pages.failed(at(1000));
    pages.failed(at(1000, { frameId: 4, url: 'http://frame.makassarkota.go.id/' }));
    expect(pages.errorPageOf(at(20_000))).toBeNull();
  });
});

describe('Firefox navigation error codes', () => {
  it('names the nsresult that webNavigation reports as "Error code N"', () => {
    expect(firefoxErrorName('Error code 2152398878')).toBe('NS_ERROR_UNKNOWN_HOST');
    expect(firefoxErrorName('Error code 2152398861')).toBe('NS_ERROR_CONNECTION_REFUSED');
    expect(firefoxErrorName('Error code 2152398862')).toBe('NS_ERROR_NET_TIMEOUT');
    expect(firefoxErrorName('Error code 2152398850')).toBe('NS_BINDING_ABORTED');
    expect(firefoxErrorName('Error code 2147500036')).toBe('NS_ERROR_ABORT');
    // A self-signed certificate, as Firefox ESR 153 reported it (tests/e2e-firefox).
    expect(firefoxErrorName('Error code 2153398258')).toBe('MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT');
    // Names and unknown codes are kept as they are.
    expect(firefoxErrorName('NS_ERROR_NET_RESET')).toBe('NS_ERROR_NET_RESET');
    expect(firefoxErrorName('Error code 2153390067')).toBe('SEC_ERROR_UNKNOWN_ISSUER');
    expect(firefoxErrorName('Error code 2153390000')).toBe('Error code 2153390000');
  });

  it('groups security codes without a name by their NSS range', () => {
    expect(netErrorGroup('Error code 2153390000')).toBe('certificate'); // SEC_ERROR_ range
    expect(netErrorGroup('Error code 2153394100')).toBe('tls'); // SSL_ERROR_ range
    expect(netErrorGroup('Error code 2153398200')).toBe('certificate'); // mozilla::pkix range
    expect(netErrorGroup(siteFailureName('Error code 2153398258'))).toBe('certificate');
    expect(netErrorGroup('Error code 2152398999')).toBe('other');
  });

  it('stores a Firefox DNS failure under its name, in the DNS family, and ignores aborted loads', () => {
    expect(siteFailureName('Error code 2152398878')).toBe('NS_ERROR_UNKNOWN_HOST');
    expect(netErrorGroup(siteFailureName('Error code 2152398878'))).toBe('dns');
    expect(siteFailureName('Error code 2152398850')).toBeNull(); // NS_BINDING_ABORTED: the user stopped the load
    expect(siteFailureName('Error code 2152398864')).toBeNull(); // NS_ERROR_OFFLINE: the collector's own network
  });
});

import { describe, expect, it } from 'vitest';
import { FIREFOX_SECURITY_MESSAGE, netErrorGroup, netErrorLabel, webRequestFailureName } from '../../../utils/visits/net-errors';

/**
 * Firefox's webRequest.onErrorOccurred names network failures (`NS_ERROR_UNKNOWN_HOST`) but reports
 * a failure of its security module (certificate, TLS) as the module's localized sentence. Told apart
 * by shape, never by language: whatever is not a code is that sentence.
 */
describe('webRequestFailureName', () => {
  it.each([
    "Peer's Certificate issuer is not recognized.",
    'Peer’s Certificate has been revoked.',
    'SSL received a record that exceeded the maximum permissible length.',
    // The same failures in Firefox's Indonesian interface.
    'Penerbit Sertifikat Peer tidak dikenali.',
    // What Firefox ESR 153 in Indonesian reported for the self-signed host of tests/e2e-firefox.
    'Sertifikat ini tidak dipercayai karena ditandatangani sendiri.',
    'Sertifikat peer telah dicabut.',
    '  An error occurred during a connection to data.makassarkota.go.id. ',
  ])('stores the security module sentence %j as one stable code', (sentence) => {
    expect(webRequestFailureName(sentence)).toBe(FIREFOX_SECURITY_MESSAGE);
  });

  it.each([
    ['NS_ERROR_UNKNOWN_HOST', 'NS_ERROR_UNKNOWN_HOST'],
    ['NS_ERROR_CONNECTION_REFUSED', 'NS_ERROR_CONNECTION_REFUSED'],
    ['net::ERR_CERT_AUTHORITY_INVALID', 'net::ERR_CERT_AUTHORITY_INVALID'],
    ['Error code 2153398258', 'MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT'],
    ['SEC_ERROR_UNKNOWN_ISSUER', 'SEC_ERROR_UNKNOWN_ISSUER'],
  ])('keeps the code %j as %j', (code, stored) => {
    expect(webRequestFailureName(code)).toBe(stored);
  });

  it('ignores aborted loads and anything that is not a string', () => {
    expect(webRequestFailureName('NS_BINDING_ABORTED')).toBeNull();
    expect(webRequestFailureName('net::ERR_ABORTED')).toBeNull();
    expect(webRequestFailureName(undefined)).toBeNull();
    expect(webRequestFailureName('   ')).toBeNull();
  });

  it('gives the stable code words in both languages, in the certificate-or-TLS family', () => {
    expect(netErrorGroup(FIREFOX_SECURITY_MESSAGE)).toBe('security');
    expect(netErrorLabel(FIREFOX_SECURITY_MESSAGE, 'id')).toMatch(/sertifikat|TLS/);
    expect(netErrorLabel(FIREFOX_SECURITY_MESSAGE, 'en')).toMatch(/certificate|TLS/);
    expect(FIREFOX_SECURITY_MESSAGE).toMatch(/^[A-Z][A-Z0-9_]+$/);
  });
});

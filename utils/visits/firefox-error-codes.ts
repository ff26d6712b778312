/**
 * Firefox's webNavigation.onErrorOccurred gives no error name, only `"Error code 2152398878"`: the
 * decimal nsresult (webRequest.onErrorOccurred, for the same failure, says `NS_ERROR_UNKNOWN_HOST`).
 * These are the network failures of a top-level load, with their values from Gecko's
 * xpcom/base/ErrorList.py: FAILURE(code) in the NETWORK module is 0x804B0000 + code.
 */
const NETWORK_MODULE = 0x804b0000;

const NETWORK_FAILURES: Readonly<Record<number, string>> = {
  1: 'NS_BINDING_FAILED',
  2: 'NS_BINDING_ABORTED',
  10: 'NS_ERROR_MALFORMED_URI',
  13: 'NS_ERROR_CONNECTION_REFUSED',
  14: 'NS_ERROR_NET_TIMEOUT',
  16: 'NS_ERROR_OFFLINE',
  18: 'NS_ERROR_UNKNOWN_PROTOCOL',
  19: 'NS_ERROR_PORT_ACCESS_NOT_ALLOWED',
  20: 'NS_ERROR_NET_RESET',
  27: 'NS_ERROR_INVALID_CONTENT_ENCODING',
  29: 'NS_ERROR_CORRUPTED_CONTENT',
  30: 'NS_ERROR_UNKNOWN_HOST',
  31: 'NS_ERROR_REDIRECT_LOOP',
  35: 'NS_ERROR_NET_ERROR_RESPONSE',
  36: 'NS_ERROR_NET_EMPTY_RESPONSE',
  42: 'NS_ERROR_UNKNOWN_PROXY_HOST',
  43: 'NS_ERROR_DEFINITIVE_UNKNOWN_HOST',
  71: 'NS_ERROR_NET_INTERRUPT',
  72: 'NS_ERROR_PROXY_CONNECTION_REFUSED',
  76: 'NS_ERROR_NET_PARTIAL_TRANSFER',
  82: 'NS_ERROR_NET_INADEQUATE_SECURITY',
  85: 'NS_ERROR_NET_TIMEOUT_EXTERNAL',
  86: 'NS_ERROR_HTTPS_ONLY',
  90: 'NS_ERROR_PARSING_HTTP_STATUS_LINE',
  91: 'NS_ERROR_SUPERFLUOS_AUTH',
};

/** Failures outside the network module that a top-level load can end with. */
const OTHER_FAILURES: Readonly<Record<number, string>> = {
  0x80004004: 'NS_ERROR_ABORT',
  0x80004005: 'NS_ERROR_FAILURE',
  // SECURITY module: 0x805A0000 + (-NSS error). NSS numbers its errors up from a negative base:
  // SEC_ERROR_ -0x2000, SSL_ERROR_ -0x3000, mozilla::pkix's -0x4000.
  [0x805a0000 + 0x2000 - 13]: 'SEC_ERROR_UNKNOWN_ISSUER',
  [0x805a0000 + 0x2000 - 11]: 'SEC_ERROR_EXPIRED_CERTIFICATE',
  [0x805a0000 + 0x3000 - 12]: 'SSL_ERROR_BAD_CERT_DOMAIN',
  [0x805a0000 + 0x4000 - 14]: 'MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT',
};

const SECURITY_MODULE = 0x805a0000;

/**
 * The family of a Firefox security failure whose code has no name here, by NSS's ranges:
 * SEC_ERROR_ (certificate checks) and mozilla::pkix's (certificate checks) or SSL_ERROR_ (the TLS
 * handshake). Null for anything else.
 */
export function firefoxSecurityFamily(name: string): 'certificate' | 'tls' | null {
  const match = /^Error code (\d{1,10})$/.exec(name.trim());
  if (match === null) return null;
  const code = Number(match[1]) - SECURITY_MODULE; // = -(NSS error)
  const within = (base: number) => code > base - 1000 && code <= base;
  if (within(0x2000) || within(0x4000)) return 'certificate';
  if (within(0x3000)) return 'tls';
  return null;
}

/**
 * The name of a Firefox navigation error: `"Error code N"` becomes its NS_…/SEC_… name when N is a
 * known failure; anything else (a name already, or an unknown code) comes back unchanged.
 */
export function firefoxErrorName(error: string): string {
  const match = /^Error code (\d{1,10})$/.exec(error.trim());
  if (match === null) return error;
  const value = Number(match[1]);
  const network = value - NETWORK_MODULE;
  return (network >= 0 && network <= 0xffff ? NETWORK_FAILURES[network] : undefined) ?? OTHER_FAILURES[value] ?? error;
}

/**
 * Names a failed fetch the way Chrome names a failed navigation (`net::ERR_…`), so a sweep or an
 * update failure reads like a visit failure (utils/visits/net-errors.ts) and findings can treat them alike.
 * Browsers hide the cause of a network error from fetch (a bare TypeError); Node's fetch (undici)
 * puts the system error code in `cause`, which maps to a precise name.
 */

/** System and undici error codes → Chrome's net error names. */
const BY_CODE: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'net::ERR_CONNECTION_REFUSED',
  ECONNRESET: 'net::ERR_CONNECTION_RESET',
  ECONNABORTED: 'net::ERR_CONNECTION_ABORTED',
  EPIPE: 'net::ERR_CONNECTION_RESET',
  ENOTFOUND: 'net::ERR_NAME_NOT_RESOLVED',
  EAI_AGAIN: 'net::ERR_NAME_NOT_RESOLVED',
  EAI_NONAME: 'net::ERR_NAME_NOT_RESOLVED',
  ETIMEDOUT: 'net::ERR_CONNECTION_TIMED_OUT',
  UND_ERR_CONNECT_TIMEOUT: 'net::ERR_CONNECTION_TIMED_OUT',
  UND_ERR_HEADERS_TIMEOUT: 'net::ERR_TIMED_OUT',
  UND_ERR_BODY_TIMEOUT: 'net::ERR_TIMED_OUT',
  UND_ERR_SOCKET: 'net::ERR_CONNECTION_CLOSED',
  UND_ERR_CLOSED: 'net::ERR_CONNECTION_CLOSED',
  EHOSTUNREACH: 'net::ERR_ADDRESS_UNREACHABLE',
  ENETUNREACH: 'net::ERR_INTERNET_DISCONNECTED',
  CERT_HAS_EXPIRED: 'net::ERR_CERT_DATE_INVALID',
  CERT_NOT_YET_VALID: 'net::ERR_CERT_DATE_INVALID',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'net::ERR_CERT_AUTHORITY_INVALID',
  SELF_SIGNED_CERT_IN_CHAIN: 'net::ERR_CERT_AUTHORITY_INVALID',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'net::ERR_CERT_AUTHORITY_INVALID',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'net::ERR_CERT_AUTHORITY_INVALID',
  ERR_TLS_CERT_ALTNAME_INVALID: 'net::ERR_CERT_COMMON_NAME_INVALID',
  ERR_SSL_WRONG_VERSION_NUMBER: 'net::ERR_SSL_PROTOCOL_ERROR',
  EPROTO: 'net::ERR_SSL_PROTOCOL_ERROR',
};

/** Chrome's name when a request is given up on: the page took too long. */
export const TIMED_OUT = 'net::ERR_TIMED_OUT';
/** Chrome's name when the caller stopped a request (a cancelled sweep). */
export const ABORTED = 'net::ERR_ABORTED';
/** Chrome's generic name for a failure it does not explain (what a browser's fetch TypeError is). */
export const FAILED = 'net::ERR_FAILED';

/** Whether the signal was aborted by a timeout (a `TimeoutError` reason) rather than by a cancel. */
export function abortedByTimeout(signal: AbortSignal | undefined): boolean {
  const reason: unknown = signal?.reason;
  return signal?.aborted === true && reason instanceof Error && reason.name === 'TimeoutError';
}

/**
 * The `net::ERR_…` name for a fetch rejection. `signal` is the request's signal: an abort is a
 * timeout when its reason is a `TimeoutError` (AbortSignal.timeout, or runSweep's per-host timer).
 */
export function fetchErrorName(error: unknown, signal?: AbortSignal): string {
  if (signal?.aborted === true) return abortedByTimeout(signal) ? TIMED_OUT : ABORTED;
  if (error instanceof Error && error.name === 'TimeoutError') return TIMED_OUT;
  if (error instanceof Error && error.name === 'AbortError') return ABORTED;
  for (let cause: unknown = error, depth = 0; cause instanceof Error && depth < 4; depth += 1) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string' && BY_CODE[code] !== undefined) return BY_CODE[code];
    // undici reports "connect ECONNREFUSED" for both addresses of a dual-stack host in an AggregateError.
    if (cause instanceof AggregateError) {
      const first: unknown = cause.errors[0];
      if (first instanceof Error) {
        cause = first;
        continue;
      }
    }
    cause = (cause as { cause?: unknown }).cause;
  }
  return FAILED;
}

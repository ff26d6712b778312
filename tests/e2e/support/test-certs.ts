import { execFileSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TlsIdentity } from '../../../scripts/lib/city-server';

/** A throwaway self-signed certificate for the city names, and its SPKI hash for Chromium. */
export interface TestCertificate extends TlsIdentity {
  /** Base64 SHA-256 of the public key: what --ignore-certificate-errors-spki-list takes. */
  spki: string;
}

/**
 * Makes a self-signed certificate for `*.makassarkota.go.id` with openssl (present on Debian),
 * valid two days. Generated per run rather than committed: no private key ever sits in the
 * repository, and none outlives the test.
 */
export function makeTestCertificate(commonName: string): TestCertificate {
  const dir = mkdtempSync(join(tmpdir(), 'pantau-cert-'));
  try {
    execFileSync(
      'openssl',
      [
        'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
        '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '2',
        '-subj', `/CN=${commonName}`,
        '-addext', 'subjectAltName=DNS:*.makassarkota.go.id,DNS:makassarkota.go.id',
      ],
      { stdio: 'pipe' },
    );
    const cert = readFileSync(join(dir, 'cert.pem'), 'utf8');
    const key = readFileSync(join(dir, 'key.pem'), 'utf8');
    const der = new X509Certificate(cert).publicKey.export({ type: 'spki', format: 'der' });
    return { key, cert, spki: createHash('sha256').update(der).digest('base64') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

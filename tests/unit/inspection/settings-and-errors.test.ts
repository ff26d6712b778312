import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openPantauDB } from '../../../utils/db/open-db';
import { explainNetError, netErrorGroup, siteFailureName } from '../../../utils/visits/net-errors';
import { getCollector, getInspectionSettings, parseStaleMonths, saveInspectionSettings } from '../../../utils/settings/settings';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('inspection settings', () => {
  it('default to 12 months and keep a saved threshold next to the collector row', async () => {
    const db = await openPantauDB();
    expect(await getInspectionSettings(db)).toEqual({ staleMonths: 12, reinspectHours: 6 });
    await saveInspectionSettings(db, { staleMonths: 24 });
    expect(await getInspectionSettings(db)).toEqual({ staleMonths: 24, reinspectHours: 6 });
    // A save without the period (an older page) keeps the stored one.
    await saveInspectionSettings(db, { staleMonths: 24, reinspectHours: 2 });
    await saveInspectionSettings(db, { staleMonths: 18 });
    expect(await getInspectionSettings(db)).toEqual({ staleMonths: 18, reinspectHours: 2 });
    expect(await getCollector(db)).toEqual({ name: '', unit: '' });
    db.close();
  });

  it('refuse to store an invalid threshold, and ignore an invalid stored row', async () => {
    const db = await openPantauDB();
    await expect(saveInspectionSettings(db, { staleMonths: 0 })).rejects.toThrow(RangeError);
    await expect(saveInspectionSettings(db, { staleMonths: 12, reinspectHours: 0 })).rejects.toThrow(RangeError);
    await db.put('settings', { key: 'inspection', value: { staleMonths: -5 } });
    expect(await getInspectionSettings(db)).toEqual({ staleMonths: 12, reinspectHours: 6 });
    db.close();
  });

  it('parse what a person types', () => {
    expect(parseStaleMonths(' 6 ')).toBe(6);
    expect(parseStaleMonths('06')).toBe(6);
    expect(parseStaleMonths('1e2')).toBeNull();
    expect(parseStaleMonths('0x10')).toBeNull();
  });
});

describe('network errors', () => {
  it('group Chrome and Firefox names and explain them in both languages', () => {
    expect(netErrorGroup('net::ERR_NAME_NOT_RESOLVED')).toBe('dns');
    expect(netErrorGroup('NS_ERROR_UNKNOWN_HOST')).toBe('dns');
    expect(netErrorGroup('net::ERR_CERT_AUTHORITY_INVALID')).toBe('certificate');
    expect(netErrorGroup('net::ERR_CERT_COMMON_NAME_INVALID')).toBe('certificate');
    expect(netErrorGroup('SEC_ERROR_EXPIRED_CERTIFICATE')).toBe('certificate');
    expect(netErrorGroup('net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH')).toBe('tls');
    expect(netErrorGroup('net::ERR_CONNECTION_REFUSED')).toBe('refused');
    expect(netErrorGroup('net::ERR_CONNECTION_TIMED_OUT')).toBe('timeout');
    expect(netErrorGroup('net::ERR_EMPTY_RESPONSE')).toBe('reset');
    expect(netErrorGroup('net::ERR_TOO_MANY_REDIRECTS')).toBe('redirects');
    expect(netErrorGroup('net::ERR_SOMETHING_NEW')).toBe('other');
    expect(explainNetError('net::ERR_NAME_NOT_RESOLVED', 'id')).toContain('DNS');
    expect(explainNetError('net::ERR_NAME_NOT_RESOLVED', 'en')).toContain('DNS');
  });

  it("do not count the collector's own network trouble or aborted loads as the site's failure", () => {
    for (const name of ['net::ERR_ABORTED', 'net::ERR_INTERNET_DISCONNECTED', 'net::ERR_NETWORK_CHANGED', 'NS_ERROR_OFFLINE']) {
      expect(siteFailureName(name), name).toBeNull();
    }
    expect(siteFailureName('net::ERR_CERT_DATE_INVALID')).toBe('net::ERR_CERT_DATE_INVALID');
  });
});

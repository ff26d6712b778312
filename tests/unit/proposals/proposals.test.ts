import { describe, expect, it } from 'vitest';
import { importRegistry } from '../../../utils/registry-import/import-registry';
import { draftForHost, isDraftEmpty, missingRequired, parseDraft } from '../../../utils/proposals/proposal-draft';
import { validateProposal, type Proposal } from '../../../utils/proposals/proposal-schema';
import { proposalSource, proposalsToRegistry, type ProposalRecord } from '../../../utils/proposals/proposals-to-registry';
import { opdList } from '../../../utils/registry/opd-list';

const NOW = new Date('2026-11-27T10:00:00.000Z');
const CONTEXT = { watchedDomains: ['makassarkota.go.id'], now: NOW };
const VALID: Proposal = {
  host: 'contoh-antrian.makassarkota.go.id',
  name: 'Contoh Antrian Online',
  abbreviation: 'CAO',
  opd: 'Diskominfo',
  appKind: 'khusus',
  platforms: ['web', 'android'],
  status: 'aktif',
  yearLaunched: 2023,
  developer: { kind: 'vendor', vendorName: 'PT Contoh Teknologi' },
  personInCharge: { name: 'Andi', contact: '0811-0000-0000' },
  description: 'Antrian layanan.',
};
const codes = (input: unknown) => {
  const result = validateProposal(input, CONTEXT);
  return result.ok ? [] : result.problems.map((p) => `${p.field}:${p.code}`);
};

describe('validateProposal', () => {
  it('accepts a complete proposal, and one with only the required fields', () => {
    expect(validateProposal(VALID, CONTEXT)).toEqual({ ok: true, proposal: VALID });
    const minimal = { host: VALID.host, name: 'X', opd: 'Dinas Y', appKind: 'umum', platforms: ['web'], status: 'tidak-diketahui' };
    expect(validateProposal(minimal, CONTEXT).ok).toBe(true);
  });

  it('lists every missing required field with Indonesian and English text', () => {
    const result = validateProposal({ host: VALID.host, name: '  ', platforms: [] }, CONTEXT);
    if (result.ok) throw new Error('expected problems');
    expect(result.problems.map((p) => `${p.field}:${p.code}`)).toEqual(['name:required', 'opd:required', 'appKind:required', 'platforms:required', 'status:required']);
    expect(result.problems[0]?.message).toEqual({ id: 'Nama aplikasi wajib diisi.', en: 'App name is required.' });
  });

  it.each([
    [{ host: 'contoh.example.com' }, 'host:outside-domains'],
    [{ host: 'https://x.makassarkota.go.id/' }, 'host:invalid'],
    [{ yearLaunched: 1980 }, 'yearLaunched:year-range'],
    [{ yearLaunched: 2027 }, 'yearLaunched:year-range'],
    [{ yearLaunched: 2020.5 }, 'yearLaunched:invalid'],
    [{ developer: { kind: 'vendor' } }, 'developer.vendorName:vendor-name-required'],
    [{ developer: { kind: 'freelance' } }, 'developer.kind:invalid'],
    [{ platforms: ['web', 'desktop'] }, 'platforms:invalid'],
    [{ status: 'hidup' }, 'status:invalid'],
    [{ appKind: 'campuran' }, 'appKind:invalid'],
    [{ name: 'N'.repeat(301) }, 'name:too-long'],
    [{ personInCharge: { name: 'A', contact: 'x'.repeat(201) } }, 'personInCharge.contact:too-long'],
    [{ extra: 1 }, 'form:invalid'],
  ])('refuses %j', (change, code) => {
    expect(codes({ ...VALID, ...change })).toEqual([code]);
  });

  it('refuses what is not an object', () => {
    expect(codes(null)).toContain('form:required');
    expect(codes('proposal')).toEqual(['form:invalid']);
  });
});

describe('drafts', () => {
  it('keeps well-typed fields, cuts long text and drops the rest', () => {
    const draft = parseDraft({ host: 'contoh.makassarkota.go.id', name: 'N'.repeat(400), platforms: ['web', 'desktop', 7], status: 'hidup', yearLaunched: '2021', developer: { kind: 'vendor' }, personInCharge: 5, junk: true });
    expect(draft).toEqual({ host: 'contoh.makassarkota.go.id', name: 'N'.repeat(300), platforms: ['web'], yearLaunched: 2021, developer: { kind: 'vendor' } });
    expect(missingRequired(draft)).toEqual(['opd', 'appKind', 'status', 'developer.vendorName']);
  });

  it('never throws on hostile input', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); } });
    expect(parseDraft(hostile)).toEqual({});
    expect(parseDraft(null)).toEqual({});
    expect(parseDraft([1, 2])).toEqual({});
  });

  it('starts a draft from a host card, which counts as empty until something is typed', () => {
    const draft = draftForHost('contoh.makassarkota.go.id', { title: 'Beranda Contoh' });
    expect(draft).toEqual({ host: 'contoh.makassarkota.go.id', name: 'Beranda Contoh', platforms: ['web'] });
    expect(isDraftEmpty({ host: 'contoh.makassarkota.go.id' })).toBe(true);
    expect(isDraftEmpty(draft)).toBe(false);
    expect(missingRequired(parseDraft(VALID))).toEqual([]);
  });
});

describe('proposalsToRegistry', () => {
  const record = (proposal: Proposal, createdAt: number): ProposalRecord => ({ proposal, collector: { name: 'Andi Wijaya', unit: 'Diskominfo' }, createdAt });

  it('writes a registry file Diskominfo can import, citing each proposal and leaving out personal contacts', () => {
    const other: Proposal = { host: 'contoh-b.makassarkota.go.id', name: 'Contoh Antrian Online', opd: 'Kelurahan Contoh', appKind: 'umum', platforms: ['web'], status: 'pengembangan' };
    const result = proposalsToRegistry([record(other, Date.parse('2026-11-26T08:00:00Z')), record(VALID, Date.parse('2026-11-20T08:00:00Z'))], CONTEXT);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.registry.entries).toEqual([
      {
        id: 'contoh-antrian-online',
        name: 'Contoh Antrian Online',
        abbreviation: 'CAO',
        hosts: ['contoh-antrian.makassarkota.go.id'],
        opd: 'Dinas Komunikasi dan Informatika',
        unitKind: 'dinas',
        category: 'public-service',
        platforms: ['web', 'android'],
        status: 'aktif',
        description: 'Antrian layanan. SPBE kind: aplikasi khusus. Launched: 2023. Developer: vendor PT Contoh Teknologi.',
        source: ['proposal:Andi Wijaya (Diskominfo)@2026-11-20'],
      },
      expect.objectContaining({ id: 'contoh-antrian-online-2', opd: 'Kelurahan Contoh', unitKind: 'kelurahan', source: ['proposal:Andi Wijaya (Diskominfo)@2026-11-26'] }),
    ]);
    expect(JSON.stringify(result.registry)).not.toContain('0811');
    const imported = importRegistry({ content: JSON.stringify(result.registry), name: 'usulan.json', origin: 'file', watchedDomains: CONTEXT.watchedDomains, opdUnits: opdList(), now: NOW });
    expect(imported.ok).toBe(true);
  });

  it('refuses two proposals for one host rather than write a file that cannot be imported', () => {
    const result = proposalsToRegistry([record(VALID, 1), record({ ...VALID, name: 'Lain' }, 2)], CONTEXT);
    expect(result).toMatchObject({ ok: false, errors: [expect.stringContaining('is already listed by')] });
  });

  it('keeps the source well-formed whatever the collector typed', () => {
    expect(proposalSource({ collector: { name: 'a@b\nc', unit: '' }, createdAt: 0 })).toBe('proposal:a b c@1970-01-01');
    expect(proposalSource({ collector: { name: '', unit: '' }, createdAt: 0 })).toBe('proposal:anonim@1970-01-01');
  });
});

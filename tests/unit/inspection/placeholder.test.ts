import { describe, expect, it } from 'vitest';
import { detectPlaceholder, type PlaceholderEvidence } from '../../../utils/inspection/placeholder';

const page = (over: Partial<PlaceholderEvidence>): PlaceholderEvidence => ({ title: '', headings: [], text: '', contentElements: 0, ...over });
const ARTICLE = 'Pemerintah Kota Makassar terus meningkatkan pelayanan publik melalui aplikasi daring. '.repeat(30);

describe('detectPlaceholder', () => {
  it('recognises web server and hosting default pages', () => {
    expect(detectPlaceholder(page({ title: 'Apache2 Debian Default Page: It works' }))).toBe('server-default');
    expect(detectPlaceholder(page({ text: 'It works!' }))).toBe('server-default');
    expect(detectPlaceholder(page({ title: 'HTTP Server Test Page powered by: Rocky Linux' }))).toBe('server-default');
    expect(detectPlaceholder(page({ title: 'Welcome to nginx!' }))).toBe('server-default');
    expect(detectPlaceholder(page({ title: 'IIS7' }))).toBe('server-default');
    expect(detectPlaceholder(page({ title: 'Default Web Site Page' }))).toBe('server-default');
    expect(detectPlaceholder(page({ title: 'Domain Default page' }))).toBe('server-default');
  });

  it('recognises suspended accounts in English and Indonesian', () => {
    expect(detectPlaceholder(page({ title: 'Account Suspended' }))).toBe('suspended');
    expect(detectPlaceholder(page({ text: 'Mohon maaf, website ini telah ditangguhkan oleh penyedia hosting.' }))).toBe('suspended');
  });

  it('recognises directory listings by their title or heading', () => {
    expect(detectPlaceholder(page({ title: 'Index of /arsip' }))).toBe('directory-listing');
    expect(detectPlaceholder(page({ headings: ['Index of /'] }))).toBe('directory-listing');
    expect(detectPlaceholder(page({ title: 'Index of documents', text: ARTICLE }))).toBeNull();
  });

  it('recognises maintenance and coming-soon pages, preferring maintenance', () => {
    expect(detectPlaceholder(page({ title: 'Situs Sedang Dalam Perbaikan' }))).toBe('maintenance');
    expect(detectPlaceholder(page({ text: 'Briefly unavailable for scheduled maintenance. Check back in a minute.' }))).toBe('maintenance');
    expect(detectPlaceholder(page({ headings: ['Segera Hadir'] }))).toBe('coming-soon');
    expect(detectPlaceholder(page({ text: 'Website ini masih dalam tahap pembangunan.' }))).toBe('coming-soon');
    expect(detectPlaceholder(page({ title: 'Coming soon', text: 'We are under maintenance' }))).toBe('maintenance');
  });

  it('does not flag a real page that mentions those words in its running text', () => {
    expect(detectPlaceholder(page({ title: 'Berita', text: `${ARTICLE} Jalan lingkar sedang dalam perbaikan. Gedung baru segera hadir. It works!` }))).toBeNull();
  });

  it('calls a page empty only when it shows no text and nothing else', () => {
    expect(detectPlaceholder(page({ text: '' }))).toBe('empty');
    expect(detectPlaceholder(page({ text: 'OK' }))).toBe('empty');
    expect(detectPlaceholder(page({ text: '', contentElements: 1 }))).toBeNull();
    expect(detectPlaceholder(page({ text: 'Sistem Informasi Manajemen Kepegawaian Kota Makassar' }))).toBeNull();
    expect(detectPlaceholder(page({ text: 'Aplikasi UMKM', headings: ['Aplikasi UMKM'] }))).toBeNull();
  });
});

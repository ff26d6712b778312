import { cleanText } from '../text/clean-text';
import type { ExportHostV1, ExportInspectionV1, ExportProposalV1, ExportV1 } from '../export/export-schema';
import { sanitiseUrl } from '../domains/host-match';

/**
 * An export made by someone else is hostile input like a page: a valid file can still carry a
 * session id in a path (`/home;jsessionid=…`, written by an older Pantau or by hand), zero-width or
 * bidi characters in names, or the same host twice. The rekap reads every file through this, so
 * what the dashboard shows and the CLI writes is as clean as a collector's own export.
 */

/** A stored or exported URL, origin + path only (utils/domains/host-match.ts sanitiseUrl), or null. */
export const cleanUrl = (url: string | null): string | null => (url === null ? null : sanitiseUrl(url));

const text = (value: string): string => cleanText(value);
const nullableText = (value: string | null): string | null => (value === null ? null : cleanText(value));

function cleanInspection(inspection: ExportInspectionV1): ExportInspectionV1 {
  return {
    ...inspection,
    finalUrl: cleanUrl(inspection.finalUrl),
    redirects: inspection.redirects.map((hop) => ({ ...hop, url: cleanUrl(hop.url) })),
    server: nullableText(inspection.server),
    poweredBy: nullableText(inspection.poweredBy),
    software: inspection.software.map((item) => ({ ...item, name: text(item.name), version: nullableText(item.version) })),
    title: nullableText(inspection.title),
  };
}

function cleanHost(host: ExportHostV1): ExportHostV1 {
  const cleaned: ExportHostV1 = {
    ...host,
    app: host.app === null ? null : { ...host.app, name: text(host.app.name), opd: text(host.app.opd) },
    lastUrl: cleanUrl(host.lastUrl),
    lastTitle: nullableText(host.lastTitle),
    lastError: nullableText(host.lastError),
    findings: host.findings.map((finding) => ({ ...finding, message: text(finding.message) })),
  };
  if (host.collectors !== undefined) cleaned.collectors = host.collectors.map((c) => ({ ...c, name: text(c.name), unit: text(c.unit) }));
  if (host.inspection !== undefined) cleaned.inspection = cleanInspection(host.inspection);
  return cleaned;
}

function cleanProposal(proposal: ExportProposalV1): ExportProposalV1 {
  return {
    ...proposal,
    name: text(proposal.name),
    opd: text(proposal.opd),
    ...(proposal.abbreviation === undefined ? {} : { abbreviation: text(proposal.abbreviation) }),
    ...(proposal.description === undefined ? {} : { description: text(proposal.description) }),
    collector: { ...proposal.collector, name: text(proposal.collector.name), unit: text(proposal.collector.unit) },
  };
}

/** The export with URLs stripped to origin + path and text cleaned of invisible and control characters. */
export function cleanForeignExport(data: ExportV1): ExportV1 {
  const cleaned: ExportV1 = {
    ...data,
    collector: { ...data.collector, name: text(data.collector.name), unit: text(data.collector.unit) },
    registry: { ...data.registry, version: text(data.registry.version) },
    extension: { ...data.extension, version: text(data.extension.version), browser: text(data.extension.browser) },
    hosts: data.hosts.map(cleanHost),
  };
  if (data.collectors !== undefined) {
    cleaned.collectors = data.collectors.map((c) => ({ ...c, name: text(c.name), unit: text(c.unit), registryVersion: text(c.registryVersion) }));
  }
  if (data.proposals !== undefined) cleaned.proposals = data.proposals.map(cleanProposal);
  return cleaned;
}

/** Hosts listed more than once in one export (each named once), in order of first repeat. */
export function repeatedHosts(data: ExportV1): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const host of data.hosts) {
    if (seen.has(host.host)) repeated.add(host.host);
    seen.add(host.host);
  }
  return [...repeated];
}

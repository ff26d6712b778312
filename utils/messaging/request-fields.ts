import type { RequestType } from './protocol';

/** The fields of a payload the connector sends: `true` keeps a value as it is, an object keeps only the fields it names. */
export type FieldShape = true | { readonly [field: string]: FieldShape };

/**
 * Each request's payload fields, as its schema in protocol.ts names them (nested objects alike).
 * The connector cuts every payload to these before sending: a settings object read back with more
 * fields would make the background's strict schema refuse it. Written out rather than read from
 * the schemas so the pages that only send requests (the popup) do not load the validator;
 * tests/unit/messaging/request-fields.test.ts checks it against the schemas.
 */
export const REQUEST_FIELDS: { readonly [K in RequestType]: { readonly [field: string]: FieldShape } } = {
  getSiteCard: { url: true },
  getOverview: {},
  getExport: {},
  getSettings: {},
  saveSettings: { settings: { name: true, unit: true  } },
  getPreferences: {},
  savePreferences: { preferences: { language: true, recentDays: true  } },
  getInspectionSettings: {},
  saveInspectionSettings: { settings: { staleMonths: true, reinspectHours: true  } },
  reinspectTab: { tabId: true },
  pageInspected: { host: true, reading: { title: true, lang: true, headings: true, text: true, contentElements: true, generators: true, baseHref: true, scripts: true, stylesheets: true, selectorHits: true, cookieNames: true, dates: true, jsonLd: true, passwordField: true, passwordActions: true, truncated: true }, scanMs: true, longestSliceMs: true },
  storeSweepResult: { result: { host: true, checkedAt: true, status: true, finalUrl: true, redirects: true, hsts: true, server: true, poweredBy: true, lastModified: true, error: true }, page: true },
  getSweepMemory: {},
  saveSweepMemory: { memory: { options: { concurrency: true, timeoutMs: true, includeUnregistered: true, includeUnits: true }, last: true  } },
  getRegistry: {},
  applyRegistry: { registry: true, fileName: true, basedOn: true },
  restoreBundledRegistry: { basedOn: true },
  undoRegistry: { basedOn: true },
  setRegistryUpdateUrl: { url: true },
  checkRegistryUpdate: {},
  getProposals: {},
  saveProposal: { proposal: true },
  deleteProposal: { host: true },
  getDraft: { host: true },
  saveDraft: { host: true, draft: true },
  deleteDraft: { host: true },
  getWatchedDomains: {},
  addWatchedDomain: { domain: true },
  removeWatchedDomain: { domain: true },
  getUnitPlan: {},
  applyUnitPlan: { plan: true, fileName: true, basedOn: true },
  restoreBundledUnitPlan: { basedOn: true },
};

/** `value` with only the fields `shape` names, nested objects alike; anything else as is. */
export function onlyKnownFields(shape: FieldShape, value: unknown): unknown {
  if (shape === true || typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const kept: Record<string, unknown> = {};
  for (const key of Object.keys(shape)) {
    const field = (value as Record<string, unknown>)[key];
    if (field !== undefined) kept[key] = onlyKnownFields(shape[key]!, field);
  }
  return kept;
}

import type { ObservedState } from '../rekap/host-findings';
import type { InspectionRecord } from '../inspection/types';

/**
 * What a census sweep saw of a host, for the rollout view: sweep results are stored as the host's
 * inspection, and hosts nobody visited are in no export, so the dashboard asks for these.
 */
export interface SweepSighting {
  host: string;
  checkedAt: number;
  state: Exclude<ObservedState, 'never-seen'>;
  status: number | null;
}

/** The sweep-made inspections as sightings (visit-made ones are in the census already). Pure. */
export function sweepSightings(records: readonly InspectionRecord[]): SweepSighting[] {
  return records.flatMap((record) => {
    const response = record.response;
    if (record.source !== 'sweep' || response === null) return [];
    const down = response.error !== null || response.status === null || response.status >= 400;
    const state = down ? 'down' : record.page?.placeholder != null ? 'placeholder' : 'live';
    return [{ host: record.host, checkedAt: response.checkedAt, state, status: response.status }];
  });
}

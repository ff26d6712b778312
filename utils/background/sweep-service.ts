import type { PantauDatabase } from '../db/open-db';
import { cityHostFromUrl } from '../domains/host-match';
import type { Handlers } from '../messaging/protocol';
import type { RegistryProvider } from '../registry/registry-in-force';
import { storeSweepResult } from '../sweep/sweep-store';
import { RequestRefused } from './router';

/** Stores the dashboard's census-sweep results as the hosts' inspections. */
export function createSweepService(deps: {
  getDb: () => Promise<PantauDatabase>;
  registry: RegistryProvider;
  now: () => number;
}): { handlers: Pick<Handlers, 'storeSweepResult'> } {
  return {
    handlers: {
      storeSweepResult: async (request) => {
        // The dashboard is ours, but the host still has to be a watched one: a sweep touches nothing else.
        const host = cityHostFromUrl(`https://${request.result.host}/`, (await deps.registry.current()).domains);
        if (host !== request.result.host) throw new RequestRefused('invalid-request', 'storeSweepResult: host is not under a watched domain');
        return storeSweepResult(await deps.getDb(), request.result, request.page, deps.now());
      },
    },
  };
}

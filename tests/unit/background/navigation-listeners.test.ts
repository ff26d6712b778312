import { describe, expect, it, vi } from 'vitest';
import { createNavigationListeners, type FilteredEvent } from '../../../utils/background/navigation-listeners';

function fakeEvent() {
  const calls: string[] = [];
  const event: FilteredEvent<string> = {
    addListener: (_cb, filter) => void calls.push(`add ${JSON.stringify(filter?.url.map((f) => f.hostEquals ?? f.hostSuffix))}`),
  };
  return { event, calls };
}

describe('navigation listeners', () => {
  it('registers each listener once, with the filter of the domains given', () => {
    const [a, b, c, d] = [fakeEvent(), fakeEvent(), fakeEvent(), fakeEvent()];
    const handlers = { onBeforeNavigate: vi.fn(), onCommitted: vi.fn(), onErrorOccurred: vi.fn(), onCompleted: vi.fn() };
    const nav = createNavigationListeners(
      { onBeforeNavigate: d.event, onCommitted: a.event, onErrorOccurred: b.event, onCompleted: c.event },
      handlers,
    );
    nav.listen(['makassarkota.go.id', 'makassar.go.id']);
    for (const { calls } of [a, b, c, d]) {
      expect(calls).toEqual(['add ["makassarkota.go.id",".makassarkota.go.id","makassar.go.id",".makassar.go.id"]']);
    }
  });
});

import { useEffect, useRef } from 'preact/hooks';

/** How long typing must pause before the draft is sent to the background. */
export const DRAFT_SAVE_DELAY_MS = 400;

/**
 * Saves a value some time after the last change (debounced), and at once when the component goes
 * away (the popup closing unmounts nothing in time, so `pagehide` flushes too). A save that fails is
 * dropped: the next keystroke tries again, and the form itself still holds the text.
 */
export function useDraftSaver<T>(save: (value: T) => Promise<unknown>, delayMs = DRAFT_SAVE_DELAY_MS) {
  const pending = useRef<{ value: T; timer: ReturnType<typeof setTimeout> } | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;

  function flush(): void {
    const current = pending.current;
    if (current === null) return;
    clearTimeout(current.timer);
    pending.current = null;
    saveRef.current(current.value).catch(() => undefined);
  }

  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, []);

  return {
    /** Schedules a save of `value`, replacing any save still waiting. */
    schedule(value: T): void {
      if (pending.current !== null) clearTimeout(pending.current.timer);
      pending.current = { value, timer: setTimeout(flush, delayMs) };
    },
    flush,
    /** Forgets a waiting save (the draft was submitted or discarded). */
    cancel(): void {
      if (pending.current !== null) clearTimeout(pending.current.timer);
      pending.current = null;
    },
  };
}

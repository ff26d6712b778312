import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { ErrorNotice } from './ErrorNotice';
import { useI18n } from './I18n';

/** The state of one async call. */
export type AsyncState<T> =
  | { status: 'loading' }
  | { status: 'done'; value: T }
  | { status: 'error'; error: unknown };

/** useAsync over one of Preact's effect hooks (they differ only in when `load` starts). */
function asyncHook(useRun: typeof useEffect) {
  return function useAsyncState<T>(load: () => Promise<T>, deps: readonly unknown[]): AsyncState<T> {
    const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
    useRun(() => {
      let current = true;
      setState({ status: 'loading' });
      load().then(
        (value) => current && setState({ status: 'done', value }),
        (error: unknown) => current && setState({ status: 'error', error }),
      );
      return () => {
        current = false;
      };
      // The caller lists what `load` reads, as with useEffect itself.
    }, deps);
    return state;
  };
}

/**
 * Runs `load` when the component mounts (and again when `deps` change). A result that arrives
 * after unmounting or after a newer call started is dropped, so a slow reply never overwrites a
 * newer one.
 */
export const useAsync: <T>(load: () => Promise<T>, deps: readonly unknown[]) => AsyncState<T> = asyncHook(useEffect);

/**
 * useAsync that starts `load` (or listens to a promise already under way) in the render that mounts
 * the component, not after the browser has painted it: Preact runs plain effects after the next
 * animation frame (up to 35 ms later), which the one answer a page is opened for should not wait on.
 */
export const useAsyncBeforePaint: <T>(load: () => Promise<T>, deps: readonly unknown[]) => AsyncState<T> = asyncHook(useLayoutEffect);

/** Loading line, error notice, or the loaded content. */
export function Loadable<T>({ state, children }: { state: AsyncState<T>; children: (value: T) => ComponentChildren }) {
  const { t } = useI18n();
  if (state.status === 'loading') {
    return (
      <p class="muted loading" aria-busy="true" data-testid="loading">
        {t('loading')}
      </p>
    );
  }
  if (state.status === 'error') return <ErrorNotice error={state.error} />;
  return <>{children(state.value)}</>;
}

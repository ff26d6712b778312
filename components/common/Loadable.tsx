import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ErrorNotice } from './ErrorNotice';
import { useI18n } from './I18n';

/** The state of one async call. */
export type AsyncState<T> =
  | { status: 'loading' }
  | { status: 'done'; value: T }
  | { status: 'error'; error: unknown };

/**
 * Runs `load` when the component mounts (and again when `deps` change). A result that arrives
 * after unmounting or after a newer call started is dropped, so a slow reply never overwrites a
 * newer one.
 */
export function useAsync<T>(load: () => Promise<T>, deps: readonly unknown[]): AsyncState<T> {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  useEffect(() => {
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
}

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

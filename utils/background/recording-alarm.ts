/**
 * What the user must learn when Pantau cannot save a visit (a full disk or quota, a broken
 * database): recording failures happen in the background, long before anyone opens the popup.
 *
 * The alarm cannot live in IndexedDB (that is what is failing) nor only in the worker's memory
 * (the worker dies at any moment). It lives in the browser-held global state of the toolbar
 * action: a global badge and title, which survive the worker, need no permission and no disk,
 * and warn the user on every tab that has no badge of its own. Tests observed a real full disk in
 * Chromium: transactions abort and even opening the database fails, while
 * `navigator.storage.estimate()` still reports plenty of quota, so the alarm is raised by the
 * failure itself, never by an estimate. It is cleared by the next successful write (recording
 * resumes by itself: every event tries again).
 */

/** Why recording failed: no space (quota or disk), or any other database failure. */
export type RecordingProblem = 'storage-full' | 'write-failed';

/** Maps a failed write to a problem. A quota error may arrive as the transaction's error. */
export function classifyWriteFailure(error: unknown): RecordingProblem {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String((error as { name: unknown }).name) : '';
  return name === 'QuotaExceededError' ? 'storage-full' : 'write-failed';
}

/** The slice of the browser action API the alarm uses (global state: no tabId). */
export interface ActionLike {
  setBadgeText(details: { text: string }): Promise<void>;
  getBadgeText(details: Record<string, never>): Promise<string>;
  setBadgeBackgroundColor(details: { color: string }): Promise<void>;
  setTitle(details: { title: string }): Promise<void>;
}

/** Global badge text per problem; the popup's notice reads it back through the background. */
export const ALARM_BADGE: Record<RecordingProblem, string> = { 'storage-full': '!', 'write-failed': '×' };
const ALARM_COLOR = '#d93025';

/**
 * A durable place for the current problem. `title` gives the toolbar tooltip for each problem
 * (localised by the caller); `defaultTitle` restores the normal one.
 */
export function actionAlarmStore(action: ActionLike, title: (problem: RecordingProblem) => string, defaultTitle: string) {
  return {
    async read(): Promise<RecordingProblem | null> {
      const text = await action.getBadgeText({});
      const found = (Object.keys(ALARM_BADGE) as RecordingProblem[]).find((problem) => ALARM_BADGE[problem] === text);
      return found ?? null;
    },
    async write(problem: RecordingProblem | null): Promise<void> {
      if (problem === null) {
        await Promise.all([action.setBadgeText({ text: '' }), action.setTitle({ title: defaultTitle })]);
        return;
      }
      await Promise.all([
        action.setBadgeBackgroundColor({ color: ALARM_COLOR }),
        action.setBadgeText({ text: ALARM_BADGE[problem] }),
        action.setTitle({ title: title(problem) }),
      ]);
    },
  };
}

export type AlarmStore = ReturnType<typeof actionAlarmStore>;

/**
 * Raises the alarm on a failed write and clears it after a successful one. The worker's memory only
 * caches what the store holds, to avoid a browser call per visit; a new worker starts "unknown" and
 * clears once on its first successful write.
 */
export function createRecordingAlarm(store: Pick<AlarmStore, 'read' | 'write'>) {
  let known: RecordingProblem | null | undefined;
  return {
    async failed(error: unknown): Promise<RecordingProblem> {
      const problem = classifyWriteFailure(error);
      await store.write(problem);
      known = problem;
      return problem;
    },
    async succeeded(): Promise<void> {
      if (known === null) return;
      await store.write(null);
      known = null;
    },
    /** The current problem as the browser holds it (what the popup shows). */
    current: (): Promise<RecordingProblem | null> => store.read(),
  };
}

export type RecordingAlarm = ReturnType<typeof createRecordingAlarm>;

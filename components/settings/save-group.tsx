import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../common/I18n';

/**
 * One "Simpan" for a whole settings page. Each form still saves its own settings row (so a failure
 * in one never loses another) and shows its own result, but inside a SaveGroup it hides its own
 * button and registers its save; the group's one button (or Enter in any field) saves every form
 * that has changes. A form shown alone keeps its own button.
 */

/** A form's save: resolves to false when it could not save (invalid input, a failed write). */
export type FormSave = () => Promise<boolean>;

interface Group {
  register(save: { current: FormSave }): () => void;
  saveAll(): void;
}

const SaveGroupContext = createContext<Group | null>(null);

/**
 * Registers `save` with the enclosing group. Returns the group's saveAll when there is one (the
 * form then renders no button of its own and submits through it), or null when shown alone.
 */
export function useGroupedSave(save: FormSave): (() => void) | null {
  const group = useContext(SaveGroupContext);
  const latest = useRef(save);
  latest.current = save;
  useEffect(() => group?.register(latest), [group]);
  return group === null ? null : () => group.saveAll();
}

type GroupState = { status: 'idle' } | { status: 'saving' } | { status: 'saved' } | { status: 'failed' };

/** The settings page's forms and its one save button. */
export function SaveGroup({ children }: { children: ComponentChildren }) {
  const { t } = useI18n();
  const saves = useRef(new Set<{ current: FormSave }>());
  const [state, setState] = useState<GroupState>({ status: 'idle' });
  const busy = useRef(false);
  const again = useRef(false);
  const saveAll = async () => {
    // A save asked for while one runs (a click after Enter) runs once more afterwards, with the newest input.
    if (busy.current) {
      again.current = true;
      return;
    }
    busy.current = true;
    setState({ status: 'saving' });
    try {
      let ok: boolean;
      do {
        again.current = false;
        const results = await Promise.all([...saves.current].map((save) => save.current().catch(() => false)));
        ok = results.every(Boolean);
      } while (again.current);
      setState({ status: ok ? 'saved' : 'failed' });
    } finally {
      busy.current = false;
    }
  };
  const group = useRef<Group>({
    register(save) {
      saves.current.add(save);
      return () => saves.current.delete(save);
    },
    saveAll: () => void saveAll(),
  });
  return (
    <SaveGroupContext.Provider value={group.current}>
      {children}
      <div class="save-bar">
        <button type="button" class="primary" data-testid="save-all" disabled={state.status === 'saving'} onClick={() => void saveAll()}>
          {state.status === 'saving' ? t('saving') : t('saveAllSettings')}
        </button>
        {state.status === 'saved' && (
          <span class="saved" role="status" data-testid="all-saved">
            {t('settingsSaved')}
          </span>
        )}
        {state.status === 'failed' && (
          <span class="field-error" role="alert" data-testid="save-all-failed">
            {t('saveAllFailed')}
          </span>
        )}
      </div>
    </SaveGroupContext.Provider>
  );
}

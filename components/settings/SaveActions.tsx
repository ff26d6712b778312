import { ErrorNotice } from '../common/ErrorNotice';
import { useI18n } from '../common/I18n';

/** Where a settings form's save stands. */
export type SaveState = { status: 'idle' } | { status: 'saving' } | { status: 'saved' } | { status: 'error'; error: unknown };

/**
 * The save button, the "saved" status and the error of a settings form, the same in every form.
 * `testId` names the button, `savedTestId` the "saved" status.
 */
export function SaveActions(props: { save: SaveState; disabled?: boolean; testId: string; savedTestId: string }) {
  const { t } = useI18n();
  const { save } = props;
  return (
    <>
      <div class="form-actions">
        <button type="submit" data-testid={props.testId} disabled={props.disabled === true || save.status === 'saving'}>
          {save.status === 'saving' ? t('saving') : t('saveSettings')}
        </button>
        {save.status === 'saved' && (
          <span class="saved" role="status" data-testid={props.savedTestId}>
            {t('settingsSaved')}
          </span>
        )}
      </div>
      {save.status === 'error' && <ErrorNotice error={save.error} />}
    </>
  );
}

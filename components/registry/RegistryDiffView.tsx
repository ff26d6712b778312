import type { FieldValue, RegistryDiff } from '../../utils/registry/registry-diff';
import type { RegistryEntry } from '../../utils/registry/schema';
import { useI18n } from '../common/I18n';

/** A field value as text: lists joined, a missing value as a dash. */
function show(value: FieldValue): string {
  if (value === undefined || value === '') return '—';
  return Array.isArray(value) ? value.join(', ') : String(value);
}

function EntryLine({ entry }: { entry: RegistryEntry }) {
  return (
    <li data-testid="diff-entry" data-id={entry.id}>
      <strong>{entry.name}</strong> <span class="muted">({entry.id})</span>
      <div class="muted small">{entry.hosts.join(', ')}</div>
    </li>
  );
}

/**
 * The preview an administrator confirms: added, removed and changed entries (field by field, before
 * → after), and header changes. Registry text is shown as text, never as markup.
 */
export function RegistryDiffView({ diff }: { diff: RegistryDiff }) {
  const { t } = useI18n();
  return (
    <div class="registry-diff" data-testid="registry-diff">
      <p data-testid="diff-summary" data-added={diff.added.length} data-removed={diff.removed.length} data-changed={diff.changed.length}>
        {t('diffSummary', [String(diff.added.length), String(diff.removed.length), String(diff.changed.length), String(diff.unchanged)])}
      </p>
      {diff.header.length > 0 && (
        <ul class="muted small">
          {diff.header.map((change) => (
            <li key={change.field}>
              {change.field}: {change.before} → {change.after}
            </li>
          ))}
        </ul>
      )}
      {diff.added.length > 0 && (
        <details open={diff.added.length <= 20} data-testid="diff-added">
          <summary>{t('diffAdded', String(diff.added.length))}</summary>
          <ul>
            {diff.added.map((entry) => (
              <EntryLine key={entry.id} entry={entry} />
            ))}
          </ul>
        </details>
      )}
      {diff.removed.length > 0 && (
        <details open={diff.removed.length <= 20} data-testid="diff-removed">
          <summary class="warning">{t('diffRemoved', String(diff.removed.length))}</summary>
          <ul>
            {diff.removed.map((entry) => (
              <EntryLine key={entry.id} entry={entry} />
            ))}
          </ul>
        </details>
      )}
      {diff.changed.length > 0 && (
        <details open={diff.changed.length <= 20} data-testid="diff-changed">
          <summary>{t('diffChanged', String(diff.changed.length))}</summary>
          <ul>
            {diff.changed.map((entry) => (
              <li key={entry.id} data-testid="diff-changed-entry" data-id={entry.id}>
                <strong>{entry.name}</strong> <span class="muted">({entry.previousId === entry.id ? entry.id : `${entry.previousId} → ${entry.id}`})</span>
                <table class="diff-fields">
                  <tbody>
                    {entry.changes.map((change) => (
                      <tr key={change.field} data-field={change.field}>
                        <th scope="row">{change.field}</th>
                        <td class="before">{show(change.before)}</td>
                        <td aria-hidden="true">→</td>
                        <td class="after">{show(change.after)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

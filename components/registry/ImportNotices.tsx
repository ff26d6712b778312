import type { ImportWarning, Problem } from '../../utils/registry-import/problems';
import { useI18n } from '../common/I18n';

/**
 * Every problem of a refused file, as a table an office can work through: row (as Excel numbers
 * it), field (and the column as written in the file), reason. Texts are the import's own
 * Indonesian/English ones; file content in them is quoted and cut by the import (hostile input).
 */
export function ImportProblems({ problems }: { problems: readonly Problem[] }) {
  const { t, lang } = useI18n();
  return (
    <div class="error-notice" role="alert" data-testid="import-problems" data-count={problems.length}>
      <p>{t('registryImportRefused', String(problems.length))}</p>
      <table class="census-table problems-table">
        <thead>
          <tr>
            <th scope="col">{t('colRow')}</th>
            <th scope="col">{t('colField')}</th>
            <th scope="col">{t('colProblem')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((problem, i) => (
            <tr key={i} data-testid="import-problem" data-reason={problem.reason} data-row={problem.row ?? ''}>
              <td class="num">{problem.row ?? '—'}</td>
              <td>
                {problem.field ?? '—'}
                {problem.column !== undefined && <span class="muted"> ({problem.column})</span>}
              </td>
              <td>{problem.message[lang]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What the import did on its own (defaults, ids kept, ignored columns): shown before confirming. */
export function ImportWarnings({ warnings }: { warnings: readonly ImportWarning[] }) {
  const { t, lang } = useI18n();
  if (warnings.length === 0) return null;
  return (
    <details class="warnings-box" data-testid="import-warnings" data-count={warnings.length}>
      <summary>{t('registryImportWarnings', String(warnings.length))}</summary>
      <ul class="warnings">
        {warnings.map((warning, i) => (
          <li key={i} class="warning" data-reason={warning.reason}>
            {warning.message[lang]}
          </li>
        ))}
      </ul>
    </details>
  );
}

import { useMemo, useState } from 'preact/hooks';
import type { PantauConnector } from '../../utils/messaging/connector';
import { fileTooLarge, previewImport, type ImportMode } from '../../utils/registry-import/import-preview';
import type { LocalText, Problem } from '../../utils/registry-import/problems';
import type { RegistryView } from '../../utils/messaging/views';
import { ErrorNotice } from '../common/ErrorNotice';
import { FileDropZone } from '../common/FileDropZone';
import { useI18n } from '../common/I18n';
import { ImportProblems, ImportWarnings } from './ImportNotices';
import { RegistryDiffView } from './RegistryDiffView';

type Pending = { name: string; content: Uint8Array; at: Date } | { name: string; refused: Problem };
type Outcome =
  | { kind: 'applied'; name: string; added: number; removed: number; changed: number }
  | { kind: 'refused'; errors: LocalText[] }
  | { kind: 'error'; error: unknown };

/** Reads a chosen or dropped file, refusing a huge one before reading it. */
async function readFile(file: File, now: Date): Promise<Pending> {
  const tooLarge = fileTooLarge(file.size);
  if (tooLarge !== null) return { name: file.name, refused: tooLarge };
  return { name: file.name, content: new Uint8Array(await file.arrayBuffer()), at: now };
}

export interface RegistryImportProps {
  connector: PantauConnector;
  view: RegistryView;
  onChanged: (view: RegistryView) => void;
  now?: () => Date;
}

/**
 * Import a registry file (JSON or CSV; picker or drop): every problem listed, or the warnings, the
 * choice to replace or add, and the difference; nothing changes until "Terapkan". The preview is
 * recomputed whenever the registry in force changes, and the background refuses a confirmation made
 * against an older registry, so what was confirmed is what gets applied.
 */
export function RegistryImport({ connector, view, onChanged, now = () => new Date() }: RegistryImportProps) {
  const { t, lang } = useI18n();
  const [pending, setPending] = useState<Pending | null>(null);
  const [mode, setMode] = useState<ImportMode | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const preview = useMemo(() => {
    if (pending === null) return null;
    if ('refused' in pending) return { ok: false as const, format: null, problems: [pending.refused] };
    return previewImport({ content: pending.content, fileName: pending.name, current: view.registry, watchedDomains: view.domains, now: pending.at, mode });
  }, [pending, view, mode]);

  async function choose(files: readonly File[]): Promise<void> {
    const [file] = files;
    if (file === undefined) return;
    setOutcome(null);
    setMode(undefined);
    try {
      setPending(await readFile(file, now()));
    } catch (error) {
      setPending(null);
      setOutcome({ kind: 'error', error });
    }
  }

  async function apply(): Promise<void> {
    if (pending === null || preview === null || !preview.ok) return;
    setBusy(true);
    try {
      const reply = await connector.applyRegistry({ registry: preview.next, fileName: pending.name, basedOn: view.revision });
      onChanged(reply.view);
      if (reply.ok) {
        setOutcome({ kind: 'applied', name: pending.name, added: preview.diff.added.length, removed: preview.diff.removed.length, changed: preview.diff.changed.length });
        setPending(null);
      } else {
        // `changed`: the preview now recomputes against the new registry; the file stays loaded.
        setOutcome({ kind: 'refused', errors: reply.errors });
      }
    } catch (error) {
      setOutcome({ kind: 'error', error });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="registry-import">
      <p>{t('registryImportIntro', view.domains.join(', '))}</p>
      <FileDropZone
        chooseLabel={t('registryChooseFile')}
        dropHint={t('registryDrop')}
        accept=".json,.csv,.tsv,.txt,application/json,text/csv"
        zoneTestId="registry-drop-zone"
        inputTestId="registry-file-input"
        onFiles={(files) => void choose(files)}
      />

      {outcome?.kind === 'applied' && (
        <p class="saved" role="status" data-testid="registry-applied">
          {t('registryApplied', [outcome.name, String(outcome.added), String(outcome.removed), String(outcome.changed)])}
        </p>
      )}
      {outcome?.kind === 'refused' && (
        <div class="error-notice" role="alert" data-testid="registry-apply-refused">
          {outcome.errors.map((error, i) => (
            <p key={i}>{error[lang]}</p>
          ))}
        </div>
      )}
      {outcome?.kind === 'error' && <ErrorNotice error={outcome.error} />}

      {pending !== null && preview !== null && (
        <section class="import-preview" data-testid="registry-preview" aria-label={t('registryPreviewHeading', pending.name)}>
          <h3 class="subheading">{t('registryPreviewHeading', pending.name)}</h3>
          {!preview.ok ? (
            <ImportProblems problems={preview.problems} />
          ) : (
            <>
              <p class="muted small">{t('registryPreviewFile', [preview.format.toUpperCase(), String(preview.next.entries.length), preview.next.version])}</p>
              <ImportWarnings warnings={preview.warnings} />
              <fieldset class="mode-choice">
                <legend>{t('registryModeLegend')}</legend>
                {(['replace', 'merge'] as const).map((choice) => (
                  <label key={choice} class="checkbox">
                    <input type="radio" name="registry-mode" data-testid={`registry-mode-${choice}`} checked={preview.mode === choice} onChange={() => setMode(choice)} />
                    {choice === 'replace' ? t('registryModeReplace') : t('registryModeMerge')}
                    {preview.suggestedMode === choice && <span class="muted"> {t('registryModeSuggested')}</span>}
                  </label>
                ))}
              </fieldset>
              <RegistryDiffView diff={preview.diff} />
            </>
          )}
          <div class="form-actions">
            {preview.ok && (
              <button type="button" data-testid="registry-apply" disabled={busy} onClick={() => void apply()}>
                {busy ? t('saving') : t('registryApply')}
              </button>
            )}
            <button type="button" class="link-button" data-testid="registry-cancel" onClick={() => setPending(null)}>
              {t('registryCancel')}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}

import type { ComponentChildren } from 'preact';
import type { ProposalDraft } from '../../utils/proposals/proposal-draft';
import { APP_KIND_LABELS, DEVELOPER_KIND_LABELS, FIELD_LABELS, PLATFORM_LABELS, type ProposalField } from '../../utils/proposals/proposal-labels';
import { APP_KINDS, DEVELOPER_KINDS, PROPOSAL_LIMITS, type ProposalProblem } from '../../utils/proposals/proposal-schema';
import type { MessageKey } from '../../utils/text/i18n';
import { findOpd } from '../../utils/registry/opd-list';
import { PLATFORMS, REGISTRY_STATUSES } from '../../utils/registry/schema';
import { useI18n } from '../common/I18n';

const STATUS_LABEL: Record<(typeof REGISTRY_STATUSES)[number], MessageKey> = {
  aktif: 'statusAktif',
  'tidak-aktif': 'statusTidakAktif',
  pengembangan: 'statusPengembangan',
  'tidak-diketahui': 'statusTidakDiketahui',
};
const REQUIRED: ReadonlySet<ProposalField> = new Set(['name', 'opd', 'appKind', 'platforms', 'status']);

const idOf = (field: ProposalField) => `proposal-${field.replace('.', '-')}`;

export interface ProposalFieldsProps {
  draft: ProposalDraft;
  yearText: string;
  problems: readonly ProposalProblem[];
  /** OPD names offered in the picker (free text is accepted too). */
  opdChoices: readonly string[];
  onChange: (next: ProposalDraft) => void;
  onYearText: (text: string) => void;
}

/** The SPBE inventory fields of a proposal, each with its label (FIELD_LABELS) and its problems. */
export function ProposalFields({ draft, yearText, problems, opdChoices, onChange, onYearText }: ProposalFieldsProps) {
  const { t, lang } = useI18n();
  const set = (patch: Partial<ProposalDraft>) => onChange({ ...draft, ...patch });
  const text = (event: { currentTarget: { value: string } }) => event.currentTarget.value;

  // A plain function, not a component: a component defined in here would be a new type on every
  // render, and Preact would remount the inputs (losing focus) on each keystroke.
  function fieldBox(field: ProposalField, children: ComponentChildren) {
    const own = problems.filter((p) => p.field === field);
    return (
      <div class="field" data-field={field} key={field}>
        <label for={idOf(field)}>
          {FIELD_LABELS[field][lang]}
          {REQUIRED.has(field) && <span aria-hidden="true"> *</span>}
        </label>
        {children}
        {own.map((p) => (
          <p key={p.code} id={`${idOf(field)}-error`} class="field-error" data-testid={`proposal-error-${field}`}>
            {p.message[lang]}
          </p>
        ))}
      </div>
    );
  }
  const invalid = (field: ProposalField) => problems.some((p) => p.field === field);
  const matched = draft.opd === undefined ? null : findOpd(draft.opd);

  return (
    <>
      {fieldBox('name', <>
        <input id={idOf('name')} data-testid="proposal-name" required maxLength={PROPOSAL_LIMITS.name} aria-invalid={invalid('name')} value={draft.name ?? ''} onInput={(e) => set({ name: text(e) })} />
      </>)}
      {fieldBox('abbreviation', <>
        <input id={idOf('abbreviation')} data-testid="proposal-abbreviation" maxLength={PROPOSAL_LIMITS.abbreviation} value={draft.abbreviation ?? ''} onInput={(e) => set({ abbreviation: text(e) })} />
      </>)}
      {fieldBox('opd', <>
        <input id={idOf('opd')} data-testid="proposal-opd" list="proposal-opd-list" required maxLength={PROPOSAL_LIMITS.opd} aria-invalid={invalid('opd')} value={draft.opd ?? ''} onInput={(e) => set({ opd: text(e) })} />
        <datalist id="proposal-opd-list">
          {opdChoices.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        <p class="muted small" data-testid="proposal-opd-hint">
          {matched !== null ? t('opdMatched', matched.name) : t('opdFreeText')}
        </p>
      </>)}
      {fieldBox('appKind', <>
        <div role="radiogroup" id={idOf('appKind')} aria-invalid={invalid('appKind')}>
          {APP_KINDS.map((kind) => (
            <label key={kind} class="checkbox">
              <input type="radio" name="proposal-appKind" data-testid={`proposal-appKind-${kind}`} checked={draft.appKind === kind} onChange={() => set({ appKind: kind })} />
              {APP_KIND_LABELS[kind][lang]}
            </label>
          ))}
        </div>
      </>)}
      {fieldBox('platforms', <>
        <div id={idOf('platforms')} aria-invalid={invalid('platforms')}>
          {PLATFORMS.map((platform) => {
            const chosen = draft.platforms ?? [];
            return (
              <label key={platform} class="checkbox">
                <input
                  type="checkbox"
                  data-testid={`proposal-platform-${platform}`}
                  checked={chosen.includes(platform)}
                  onChange={(e) => set({ platforms: PLATFORMS.filter((p) => (p === platform ? e.currentTarget.checked : chosen.includes(p))) })}
                />
                {PLATFORM_LABELS[platform][lang]}
              </label>
            );
          })}
        </div>
      </>)}
      {fieldBox('status', <>
        <select id={idOf('status')} data-testid="proposal-status" aria-invalid={invalid('status')} value={draft.status ?? ''} onChange={(e) => set({ status: REGISTRY_STATUSES.find((s) => s === text(e)) })}>
          <option value="">{t('chooseOne')}</option>
          {REGISTRY_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(STATUS_LABEL[status])}
            </option>
          ))}
        </select>
      </>)}
      {fieldBox('yearLaunched', <>
        <input id={idOf('yearLaunched')} data-testid="proposal-year" inputMode="numeric" maxLength={4} aria-invalid={invalid('yearLaunched')} value={yearText} onInput={(e) => onYearText(text(e))} />
      </>)}
      {fieldBox('developer.kind', <>
        <select
          id={idOf('developer.kind')}
          data-testid="proposal-developer"
          value={draft.developer?.kind ?? ''}
          onChange={(e) => set({ developer: { ...draft.developer, kind: DEVELOPER_KINDS.find((k) => k === text(e)) } })}
        >
          <option value="">{t('notKnown')}</option>
          {DEVELOPER_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {DEVELOPER_KIND_LABELS[kind][lang]}
            </option>
          ))}
        </select>
      </>)}
      {draft.developer?.kind === 'vendor' &&
        fieldBox('developer.vendorName', <>
          <input id={idOf('developer.vendorName')} data-testid="proposal-vendor" maxLength={PROPOSAL_LIMITS.vendorName} aria-invalid={invalid('developer.vendorName')} value={draft.developer.vendorName ?? ''} onInput={(e) => set({ developer: { ...draft.developer, vendorName: text(e) } })} />
        </>)}
      {fieldBox('personInCharge.name', <>
        <input id={idOf('personInCharge.name')} data-testid="proposal-pic-name" maxLength={PROPOSAL_LIMITS.person} value={draft.personInCharge?.name ?? ''} onInput={(e) => set({ personInCharge: { ...draft.personInCharge, name: text(e) } })} />
      </>)}
      {fieldBox('personInCharge.contact', <>
        <input id={idOf('personInCharge.contact')} data-testid="proposal-pic-contact" maxLength={PROPOSAL_LIMITS.person} value={draft.personInCharge?.contact ?? ''} onInput={(e) => set({ personInCharge: { ...draft.personInCharge, contact: text(e) } })} />
      </>)}
      {fieldBox('description', <>
        <textarea id={idOf('description')} data-testid="proposal-description" rows={3} maxLength={PROPOSAL_LIMITS.description} value={draft.description ?? ''} onInput={(e) => set({ description: text(e) })} />
      </>)}
    </>
  );
}

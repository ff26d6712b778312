import type { RowStatus } from '../../utils/rekap/census';
import type { CensusFilter } from '../../utils/rekap/census-filter';
import type { ObservedState } from '../../utils/rekap/host-findings';
import { stateText } from '../../utils/rekap/rekap-text';
import type { MessageKey } from '../../utils/text/i18n';
import { useI18n } from '../common/I18n';

const STATUS_LABEL: Record<RowStatus, MessageKey> = {
  aktif: 'statusAktif',
  'tidak-aktif': 'statusTidakAktif',
  pengembangan: 'statusPengembangan',
  'tidak-diketahui': 'statusTidakDiketahui',
  unregistered: 'statusUnregistered',
};
const STATES: readonly ObservedState[] = ['live', 'down', 'placeholder', 'never-seen'];
// An entry with no known owner has OPD ''; the drop-down's '' already means "any".
const NO_OPD = '\u0000no-opd';

/** The label of a registry status (or "not registered"). */
export function statusLabelKey(status: RowStatus): MessageKey {
  return STATUS_LABEL[status];
}

interface SelectProps {
  id: string;
  label: string;
  value: string | null;
  options: ReadonlyArray<[value: string, label: string]>;
  onChange: (value: string | null) => void;
}

/** A labelled drop-down whose first choice, "Semua", means no restriction. */
function FilterSelect({ id, label, value, options, onChange }: SelectProps) {
  const { t } = useI18n();
  return (
    <div class="filter">
      <label for={id}>{label}</label>
      <select id={id} data-testid={id} value={value ?? ''} onChange={(event) => onChange(event.currentTarget.value === '' ? null : event.currentTarget.value)}>
        <option value="">{t('filterAll')}</option>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Search box and drop-downs for the census table. */
export function CensusFilters({
  filter,
  opds,
  findings,
  onChange,
}: {
  filter: CensusFilter;
  opds: readonly string[];
  findings: readonly string[];
  onChange: (filter: CensusFilter) => void;
}) {
  const { t } = useI18n();
  const set = <K extends keyof CensusFilter>(key: K) => (value: CensusFilter[K]) => onChange({ ...filter, [key]: value });
  const statuses = Object.keys(STATUS_LABEL) as RowStatus[];
  return (
    <div class="filters" role="search">
      <div class="filter filter--search">
        <label for="filter-query">{t('filterSearch')}</label>
        <input
          id="filter-query"
          type="search"
          data-testid="filter-query"
          autocomplete="off"
          spellcheck={false}
          placeholder={t('filterSearchPlaceholder')}
          value={filter.query}
          onInput={(event) => set('query')(event.currentTarget.value)}
        />
      </div>
      <FilterSelect
        id="filter-opd"
        label={t('opdLabel')}
        value={filter.opd === '' ? NO_OPD : filter.opd}
        options={opds.map((opd) => (opd === '' ? [NO_OPD, t('chartUnknownOpd')] : [opd, opd]))}
        onChange={(value) => set('opd')(value === NO_OPD ? '' : value)}
      />
      <FilterSelect
        id="filter-status"
        label={t('registryStatusLabel')}
        value={filter.status}
        options={statuses.map((status) => [status, t(STATUS_LABEL[status])])}
        onChange={(value) => set('status')(value as RowStatus | null)}
      />
      <FilterSelect
        id="filter-state"
        label={t('colState')}
        value={filter.state}
        options={STATES.map((state) => [state, stateText(state, t)])}
        onChange={(value) => set('state')(value as ObservedState | null)}
      />
      <FilterSelect
        id="filter-finding"
        label={t('findingsHeading')}
        value={filter.finding}
        options={[['none', t('filterNoFindings')], ...findings.map((code): [string, string] => [code, code])]}
        onChange={set('finding')}
      />
      <FilterSelect
        id="filter-seen"
        label={t('filterSeen')}
        value={filter.seen}
        options={[
          ['seen', t('filterSeenOnly')],
          ['unseen', t('stateNeverSeen')],
        ]}
        onChange={(value) => set('seen')(value as CensusFilter['seen'])}
      />
    </div>
  );
}

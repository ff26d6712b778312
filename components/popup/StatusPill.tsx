import { BADGE_COLORS, type BadgeTone } from '../../utils/findings/badge-colors';
import type { MessageKey } from '../../utils/text/i18n';
import type { RegistryStatus } from '../../utils/registry/schema';
import { useI18n } from '../common/I18n';

/** A registry status, or `unregistered` for a city host the registry does not list. */
export type PillStatus = RegistryStatus | 'unregistered';

// The same tones as the toolbar badge (utils/findings/badge.ts), so a colour means one thing everywhere.
const TONE: Record<PillStatus, BadgeTone> = {
  aktif: 'green',
  'tidak-diketahui': 'blue',
  'tidak-aktif': 'amber',
  pengembangan: 'amber',
  unregistered: 'red',
};

const LABEL: Record<PillStatus, MessageKey> = {
  aktif: 'statusAktif',
  'tidak-aktif': 'statusTidakAktif',
  pengembangan: 'statusPengembangan',
  'tidak-diketahui': 'statusTidakDiketahui',
  unregistered: 'statusUnregistered',
};

/**
 * A status as a labelled pill. The label carries the meaning; the colour only repeats it, and the
 * text stays dark on a light tint for contrast (amber on white would not be readable).
 */
export function StatusPill({ status, testId }: { status: PillStatus; testId?: string }) {
  const { t } = useI18n();
  return (
    <span
      class="pill"
      data-testid={testId}
      data-status={status}
      style={{ '--tone': BADGE_COLORS[TONE[status]] }}
    >
      {t(LABEL[status])}
    </span>
  );
}

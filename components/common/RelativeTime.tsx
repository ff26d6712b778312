import { formatDateTime, timeAgo } from '../../utils/text/time-ago';
import { useI18n } from './I18n';

/** A time as "3 hari yang lalu", with the exact date and time on hover. */
export function RelativeTime({ time, now, testId }: { time: number; now: number; testId?: string }) {
  const { lang } = useI18n();
  return (
    <time data-testid={testId} dateTime={new Date(time).toISOString()} title={formatDateTime(time, lang)}>
      {timeAgo(time, now, lang)}
    </time>
  );
}

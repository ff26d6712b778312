import { ConnectorError } from '../../utils/messaging/connector';
import type { RecordingProblem } from '../../utils/background/recording-alarm';
import { ErrorNotice } from '../common/ErrorNotice';

/**
 * Shown at the top of the popup while the background cannot save visits: the record the popup
 * shows is then older than what the user browsed, and only the user can free space.
 */
export function RecordingProblemNotice({ problem }: { problem: RecordingProblem }) {
  const error =
    problem === 'storage-full'
      ? new ConnectorError('storage-full', 'Recent visits could not be saved: the browser storage is full (QuotaExceededError).')
      : new ConnectorError('internal', 'Recent visits could not be saved: the database write failed.');
  return (
    <div data-testid="recording-problem" data-problem={problem}>
      <ErrorNotice error={error} />
    </div>
  );
}

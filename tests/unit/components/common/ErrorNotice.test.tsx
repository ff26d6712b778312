// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorNotice } from '../../../../components/common/ErrorNotice';
import { ConnectorError } from '../../../../utils/messaging/connector';
import { renderIn } from '../helpers';

afterEach(cleanup);

describe('ErrorNotice', () => {
  it('explains a full browser storage in Indonesian, with the technical detail', () => {
    renderIn(<ErrorNotice error={new ConnectorError('storage-full', 'QuotaExceededError: quota exceeded')} />);
    const notice = screen.getByTestId('error-notice');
    expect(notice.getAttribute('role')).toBe('alert');
    expect(notice.dataset.code).toBe('storage-full');
    expect(notice.textContent).toContain('Penyimpanan browser penuh');
    expect(notice.textContent).toContain('Rincian: QuotaExceededError: quota exceeded');
  });

  it('explains each code in English too', () => {
    renderIn(<ErrorNotice error={new ConnectorError('storage-full', 'x')} />, 'en');
    expect(screen.getByTestId('error-notice').textContent).toContain('The browser’s storage is full');
    cleanup();
    renderIn(<ErrorNotice error={new ConnectorError('no-response', 'x')} />, 'en');
    expect(screen.getByTestId('error-notice').textContent).toContain('did not answer');
  });

  it('falls back to a generic message for other errors', () => {
    renderIn(<ErrorNotice error={new TypeError('boom')} />);
    const notice = screen.getByTestId('error-notice');
    expect(notice.dataset.code).toBeUndefined();
    expect(notice.textContent).toContain('Terjadi galat yang tidak terduga.');
    expect(notice.textContent).toContain('boom');
  });
});

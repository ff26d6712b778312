// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { OverviewCounts } from '../../../../components/popup/OverviewCounts';
import { overview, renderIn } from '../helpers';

afterEach(cleanup);

describe('OverviewCounts', () => {
  it('shows registry entries, hosts seen and unregistered hosts seen', () => {
    renderIn(<OverviewCounts overview={overview()} />);
    expect(screen.getByTestId('count-registry').textContent).toBe('43');
    expect(screen.getByTestId('count-hosts-seen').textContent).toBe('7');
    expect(screen.getByTestId('count-unregistered').textContent).toBe('2');
    expect(screen.getByTestId('count-hosts-seen').dataset.value).toBe('7');
    expect(screen.getByText('Host belum terdaftar')).toBeTruthy();
  });

  it('breaks the registry down by status, each with its label', () => {
    renderIn(<OverviewCounts overview={overview()} />, 'en');
    expect(screen.getByTestId('count-status-aktif').textContent).toBe('20');
    expect(screen.getByTestId('count-status-tidak-aktif').textContent).toBe('3');
    expect(screen.getByTestId('count-status-pengembangan').textContent).toBe('2');
    expect(screen.getByTestId('count-status-tidak-diketahui').textContent).toBe('18');
    expect(screen.getByText('In development')).toBeTruthy();
    expect(screen.getByText('Registry version 2025.09.24')).toBeTruthy();
  });
});

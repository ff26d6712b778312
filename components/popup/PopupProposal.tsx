import { Loadable, useAsync } from '../common/Loadable';
import type { CityCardProposalProps } from './CityCardProposal';

/** The form's module, fetched from the package the first time the form opens (then cached). */
const loadForm = () => import('./CityCardProposal');

/**
 * The popup's "Laporkan aplikasi" form, loaded on demand: most popup openings never show it, and
 * the form with its checks is as large as the rest of the popup. A module that cannot load (a
 * broken package) shows the error notice like any other failure.
 */
export function PopupProposal(props: CityCardProposalProps) {
  const form = useAsync(loadForm, []);
  return <Loadable state={form}>{({ CityCardProposal }) => <CityCardProposal {...props} />}</Loadable>;
}

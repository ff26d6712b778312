import type { ComponentProps } from 'preact';
import { Loadable, useAsync } from '../common/Loadable';
import type { InspectionFacts } from './InspectionFacts';

/** The facts' module (with the software and placeholder labels), fetched once the card is on screen. */
const loadFacts = () => import('./InspectionFacts');

/**
 * InspectionFacts for the site card's fold. They sit below the findings, folded, so the popup's
 * first paint does not carry them: the module is fetched right after the card is painted (an
 * effect), long before a person can open the fold, and shows a loading line until then.
 */
export function FoldedInspectionFacts(props: ComponentProps<typeof InspectionFacts>) {
  const facts = useAsync(loadFacts, []);
  return <Loadable state={facts}>{({ InspectionFacts: Facts }) => <Facts {...props} />}</Loadable>;
}

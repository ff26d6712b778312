import type { PantauConnector } from '../../utils/messaging/connector';
import type { SiteCard } from '../../utils/messaging/views';
import { draftForHost, draftFromProposal, isDraftEmpty, type ProposalDraft } from '../../utils/proposals/proposal-draft';
import { opdList } from '../../utils/registry/opd-list';
import { ProposalForm } from '../proposals/ProposalForm';

export type CityCard = Extract<SiteCard, { kind: 'city' }>;

export interface CityCardProposalProps {
  connector: PantauConnector;
  card: CityCard;
  watchedDomains: readonly string[];
  onSaved: () => void;
  onClose: () => void;
}

/** The draft a "Laporkan aplikasi" form opens with: the stored draft, the sent proposal, or a new one. */
function formStart(card: CityCard): ProposalDraft {
  if (card.draft !== undefined && card.draft !== null && !isDraftEmpty(card.draft)) return card.draft;
  if (card.proposal) return draftFromProposal(card.proposal.proposal);
  return draftForHost(card.host, { title: card.record?.lastTitle ?? null });
}

/**
 * "Laporkan aplikasi" for the popup's current host. Loaded only when the form opens
 * (PopupProposal.tsx), with its validation and the OPD list, so the popup's first paint does not
 * carry them.
 */
export function CityCardProposal({ connector, card, watchedDomains, onSaved, onClose }: CityCardProposalProps) {
  return (
    <ProposalForm
      connector={connector}
      host={card.host}
      initial={formStart(card)}
      watchedDomains={watchedDomains}
      // The bundled list of units with evidence (free text is accepted too).
      opdChoices={opdList().map((unit) => unit.name)}
      onSaved={onSaved}
      onClose={onClose}
    />
  );
}

/**
 * An entry whose bundled name was put into Indonesian keeps the research data's name in its
 * description, as one sentence "Nama dalam data riset: <name>.", so registry search still finds
 * the entry by the old words (the builder writes it; registry-search.ts reads it back).
 */
export const RESEARCH_NAME_LABEL = 'Nama dalam data riset';

const MAX_RESEARCH_NAME = 200;

/** The description sentence that keeps a research name (without the final period). */
export function withResearchName(name: string): string {
  return `${RESEARCH_NAME_LABEL}: ${name}`;
}

/** The research name kept in a description, or "" when it holds none. */
export function researchNameOf(description: string | undefined): string {
  if (description === undefined) return '';
  const start = description.indexOf(`${RESEARCH_NAME_LABEL}: `);
  if (start < 0) return '';
  const rest = description.slice(start + RESEARCH_NAME_LABEL.length + 2, start + RESEARCH_NAME_LABEL.length + 2 + MAX_RESEARCH_NAME + 1);
  const end = rest.search(/\.(\s|$)/);
  return (end < 0 ? rest.slice(0, MAX_RESEARCH_NAME) : rest.slice(0, end)).trim();
}

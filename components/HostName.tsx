/** A host name that may break only after its dots, so a long name wraps on label boundaries. */
export function HostName({ host }: { host: string }) {
  const labels = host.split('.');
  return <span class="host-name">{labels.flatMap((label, i) => (i < labels.length - 1 ? [`${label}.`, <wbr key={i} />] : [label]))}</span>;
}

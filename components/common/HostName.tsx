/**
 * A host name that may break only after a dot, and never inside the last two labels
 * ("makassarkota.go.id" wraps as "dukcapil.|makassarkota.go.id", not "…go.|id").
 */
export function HostName({ host }: { host: string }) {
  const labels = host.split('.');
  return (
    <span class="host-name">
      {labels.flatMap((label, i) => (i < labels.length - 3 ? [`${label}.`, <wbr key={i} />] : i < labels.length - 1 ? [`${label}.`] : [label]))}
    </span>
  );
}

import { useState } from 'preact/hooks';

export interface FileDropZoneProps {
  /** Visible label of the file button. */
  chooseLabel: string;
  /** The hint beside it ("or drop files here"). */
  dropHint: string;
  /** The input's `accept` list. */
  accept: string;
  multiple?: boolean;
  /** data-testid of the zone and of the file input (tests drive both). */
  zoneTestId: string;
  inputTestId: string;
  /** Called with the chosen or dropped files; never with an empty list. */
  onFiles: (files: File[]) => void;
}

/**
 * A file button that is also a drop zone, shared by the rekap and the registry import. The input
 * is cleared after each choice so choosing the same file again still fires `change`.
 */
export function FileDropZone({ chooseLabel, dropHint, accept, multiple = false, zoneTestId, inputTestId, onFiles }: FileDropZoneProps) {
  const [dragging, setDragging] = useState(false);
  const deliver = (files: File[]) => {
    if (files.length > 0) onFiles(files);
  };
  return (
    <div
      class={dragging ? 'drop-zone drop-zone--active' : 'drop-zone'}
      data-testid={zoneTestId}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        deliver([...(event.dataTransfer?.files ?? [])]);
      }}
    >
      <label class="file-button">
        {chooseLabel}
        <input
          type="file"
          multiple={multiple}
          accept={accept}
          data-testid={inputTestId}
          class="visually-hidden"
          onChange={(event) => {
            const input = event.currentTarget;
            const chosen = [...(input.files ?? [])];
            input.value = '';
            deliver(chosen);
          }}
        />
      </label>
      <span class="muted">{dropHint}</span>
    </div>
  );
}

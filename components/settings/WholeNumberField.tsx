export interface WholeNumberFieldProps {
  /** The input's id; its test id, hint id (`<id>-hint`) and error test id (`<id>-error`) follow from it. */
  id: string;
  label: string;
  hint: string;
  range: { readonly min: number; readonly max: number };
  value: string;
  valid: boolean;
  invalidText: string;
  onInput: (value: string) => void;
}

/** One labelled whole-number setting with its hint and, while the typed value is out of range, its error. */
export function WholeNumberField({ id, label, hint, range, value, valid, invalidText, onInput }: WholeNumberFieldProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={range.min}
        max={range.max}
        step={1}
        data-testid={id}
        value={value}
        aria-invalid={!valid}
        aria-describedby={`${id}-hint`}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      <p id={`${id}-hint`} class="muted small">
        {hint}
      </p>
      {!valid && (
        <p class="field-error" data-testid={`${id}-error`}>
          {invalidText}
        </p>
      )}
    </div>
  );
}

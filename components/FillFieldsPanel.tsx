/**
 * "Fill fields": which host field each part of the note goes to on this site, a button
 * to pick each on the page, and one action that fills them all. While picking, arrow
 * keys here move the page's highlight, Enter picks, Escape cancels.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { frameName } from '@/lib/fill/frames';
import type { FieldTarget, SiteFieldMap } from '@/lib/messages';

/** A mapped field as the list shows it: its label, and its frame when that is another origin's. */
const targetName = (target: FieldTarget) =>
  `${target.label || 'Unlabelled field'}${target.frame ? ` (in frame ${frameName(target.frame)})` : ''}`;

interface Props {
  keys: string[];
  /** Parts that have text now (the others show as empty). */
  withText: Set<string>;
  map: SiteFieldMap;
  picking: string | null;
  busy: boolean;
  onPick(key: string): void;
  onForget(key: string): void;
  onStep(delta: 1 | -1): void;
  onChoose(): void;
  onCancel(): void;
  onFillAll(): void;
}

export function FillFieldsPanel(props: Props) {
  const { keys, withText, map, picking, busy } = props;
  const pickerRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (picking) pickerRef.current?.focus();
  }, [picking]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const key = event.key;
    if (key === 'ArrowDown' || key === 'ArrowRight') props.onStep(1);
    else if (key === 'ArrowUp' || key === 'ArrowLeft') props.onStep(-1);
    else if (key === 'Escape') props.onCancel();
    // Enter on one of the buttons below is that button's own action.
    else if (key === 'Enter' && event.target === event.currentTarget) props.onChoose();
    else return;
    event.preventDefault();
  };

  return (
    <section className="fill-fields" aria-labelledby="fill-title">
      <h2 id="fill-title">Fill fields</h2>
      <p className="hint">Each part of the note goes into the field you pick for it on this site.</p>
      <ul className="fill-items">
        {keys.map((key) => (
          <li key={key}>
            <span className="fill-part">
              {key}
              {!withText.has(key) && <span className="glimpse"> (empty)</span>}
            </span>
            <span className="fill-target">{map[key] ? `→ ${targetName(map[key])}` : 'Not mapped'}</span>
            <button type="button" disabled={picking !== null} onClick={() => props.onPick(key)}>
              Pick field<span className="visually-hidden"> for {key}</span>
            </button>
            {map[key] && (
              <button type="button" disabled={picking !== null} onClick={() => props.onForget(key)}>
                Forget<span className="visually-hidden"> field for {key}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      {picking && (
        <div
          ref={pickerRef}
          className="picking"
          role="group"
          aria-label={`Field picker for ${picking}`}
          tabIndex={-1}
          onKeyDown={onKeyDown}
        >
          <p>
            Click the field for {picking} on the page, or use the arrow keys here and press Enter. Escape
            cancels.
          </p>
          <button type="button" onClick={() => props.onStep(-1)}>
            Previous field
          </button>
          <button type="button" onClick={() => props.onStep(1)}>
            Next field
          </button>
          <button type="button" onClick={props.onChoose}>
            Use highlighted field
          </button>
          <button type="button" onClick={props.onCancel}>
            Cancel picking
          </button>
        </div>
      )}
      <button type="button" className="primary" disabled={busy || picking !== null} onClick={props.onFillAll}>
        Fill all fields
      </button>
    </section>
  );
}

/**
 * The session frame, filled once: date, start and end (duration computed), session number,
 * STPP n of N and focus, modality, setting, participants, and the suggested CPT code the
 * clinician confirms.
 */
import { suggestCpt } from '@/lib/note/billing';
import {
  durationMinutes,
  isTelehealth,
  MODALITY_LABELS,
  SETTING_LABELS,
  type Modality,
  type SessionFrame,
  type Setting,
} from '@/lib/note/frame';

interface Props {
  frame: SessionFrame;
  stpp: boolean;
  intake: boolean;
  onChange: (frame: SessionFrame) => void;
}

const numberOrUndefined = (value: string) =>
  value === '' ? undefined : Math.max(0, Math.floor(Number(value)));

export function SessionFrameEditor({ frame, stpp, intake, onChange }: Props) {
  const set = (patch: Partial<SessionFrame>) => onChange({ ...frame, ...patch });
  const minutes = durationMinutes(frame);
  const suggestion = suggestCpt(frame, { intake });
  const confirmed = frame.cpt && frame.cpt.length > 0;

  return (
    <fieldset className="session-frame">
      <legend>Session</legend>
      <div className="frame-grid">
        <label htmlFor="frame-date">Session date</label>
        <input
          id="frame-date"
          type="date"
          value={frame.date ?? ''}
          onChange={(e) => set({ date: e.target.value || undefined })}
        />
        <label htmlFor="frame-start">Start time</label>
        <input
          id="frame-start"
          type="time"
          value={frame.start ?? ''}
          onChange={(e) => set({ start: e.target.value || undefined, cpt: undefined })}
        />
        <label htmlFor="frame-end">End time</label>
        <input
          id="frame-end"
          type="time"
          value={frame.end ?? ''}
          onChange={(e) => set({ end: e.target.value || undefined, cpt: undefined })}
        />
        {/* Not <output>: its implicit role is status, and the panel has exactly one status region. */}
        <span className="frame-label">Duration</span>
        <span className="duration">{minutes === undefined ? '—' : `${minutes} min`}</span>
        <label htmlFor="frame-number">Session number</label>
        <input
          id="frame-number"
          type="number"
          min={1}
          value={frame.sessionNumber ?? ''}
          onChange={(e) => set({ sessionNumber: numberOrUndefined(e.target.value) })}
        />
        {stpp && (
          <>
            <label htmlFor="frame-course">Sessions agreed</label>
            <input
              id="frame-course"
              type="number"
              min={1}
              value={frame.courseLength ?? ''}
              onChange={(e) => set({ courseLength: numberOrUndefined(e.target.value) })}
            />
            <label htmlFor="frame-focus">Agreed focus</label>
            <input
              id="frame-focus"
              type="text"
              value={frame.focus ?? ''}
              onChange={(e) => set({ focus: e.target.value })}
            />
          </>
        )}
        <label htmlFor="frame-modality">Modality</label>
        <select
          id="frame-modality"
          value={frame.modality ?? ''}
          onChange={(e) =>
            set({ modality: (e.target.value || undefined) as Modality | undefined, cpt: undefined })
          }
        >
          <option value="">Not chosen</option>
          {Object.entries(MODALITY_LABELS).map(([id, label]) => (
            <option key={id} value={id}>
              {label}
            </option>
          ))}
        </select>
        <label htmlFor="frame-setting">Setting</label>
        <select
          id="frame-setting"
          value={frame.setting ?? ''}
          onChange={(e) => set({ setting: (e.target.value || undefined) as Setting | undefined })}
        >
          <option value="">Not chosen</option>
          {Object.entries(SETTING_LABELS).map(([id, label]) => (
            <option key={id} value={id}>
              {label}
            </option>
          ))}
        </select>
        <label htmlFor="frame-participants">Participants</label>
        <input
          id="frame-participants"
          type="text"
          value={frame.participants ?? ''}
          onChange={(e) => set({ participants: e.target.value })}
        />
      </div>
      {isTelehealth(frame) && (
        <div className="frame-checks">
          <input
            id="frame-location"
            type="checkbox"
            checked={frame.telehealthLocationConfirmed === true}
            onChange={(e) => set({ telehealthLocationConfirmed: e.target.checked })}
          />
          <label htmlFor="frame-location">Client location confirmed</label>
          <input
            id="frame-consent"
            type="checkbox"
            checked={frame.telehealthConsent === true}
            onChange={(e) => set({ telehealthConsent: e.target.checked })}
          />
          <label htmlFor="frame-consent">Telehealth consent confirmed</label>
        </div>
      )}
      <div className="frame-checks">
        <input
          id="frame-crisis"
          type="checkbox"
          checked={frame.crisis === true}
          onChange={(e) => set({ crisis: e.target.checked, cpt: undefined })}
        />
        <label htmlFor="frame-crisis">Crisis session</label>
        <input
          id="frame-complexity"
          type="checkbox"
          checked={frame.interactiveComplexity === true}
          onChange={(e) => set({ interactiveComplexity: e.target.checked, cpt: undefined })}
        />
        <label htmlFor="frame-complexity">Interactive complexity</label>
      </div>
      <div className="cpt">
        <span>
          Suggested CPT: <strong>{suggestion.codes.length ? suggestion.codes.join(' + ') : 'none'}</strong>
        </span>
        <span className="hint"> {suggestion.reason}</span>
        {suggestion.codes.length > 0 &&
          (confirmed ? (
            <span className="badge">confirmed</span>
          ) : (
            <button type="button" onClick={() => set({ cpt: suggestion.codes })}>
              Confirm CPT code
            </button>
          ))}
      </div>
    </fieldset>
  );
}

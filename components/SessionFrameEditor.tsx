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
import { CheckboxField, SelectField } from './fields';

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
      </div>
      <SelectField<Modality>
        id="frame-modality"
        label="Modality"
        unset="Not chosen"
        value={frame.modality}
        options={Object.entries(MODALITY_LABELS) as [Modality, string][]}
        onChange={(modality) => set({ modality, cpt: undefined })}
      />
      <SelectField<Setting>
        id="frame-setting"
        label="Setting"
        unset="Not chosen"
        value={frame.setting}
        options={Object.entries(SETTING_LABELS) as [Setting, string][]}
        onChange={(setting) => set({ setting })}
      />
      <div className="frame-grid">
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
          <CheckboxField
            id="frame-location"
            label="Client location confirmed"
            checked={frame.telehealthLocationConfirmed === true}
            onChange={(telehealthLocationConfirmed) => set({ telehealthLocationConfirmed })}
          />
          <CheckboxField
            id="frame-consent"
            label="Telehealth consent confirmed"
            checked={frame.telehealthConsent === true}
            onChange={(telehealthConsent) => set({ telehealthConsent })}
          />
        </div>
      )}
      <div className="frame-checks">
        <CheckboxField
          id="frame-crisis"
          label="Crisis session"
          checked={frame.crisis === true}
          onChange={(crisis) => set({ crisis, cpt: undefined })}
        />
        <CheckboxField
          id="frame-complexity"
          label="Interactive complexity"
          checked={frame.interactiveComplexity === true}
          onChange={(interactiveComplexity) => set({ interactiveComplexity, cpt: undefined })}
        />
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

/**
 * Risk, never defaulted: the explicit "No risk indicated", or each item answered. Any
 * answer but "none" opens its follow-ups, which the note then requires before insertion.
 * Follow-up names avoid the section titles ("Plan"…) so every control's name is unique.
 */
import { readRisk, type Ideation, type Presence, type RiskAnswers, type RiskLevel } from '@/lib/note/risk';
import type { SectionEntry } from '@/lib/note/model';

interface Props {
  entry: SectionEntry | undefined;
  onChange: (entry: SectionEntry) => void;
}

function Radios<T extends string>(props: {
  legend: string;
  name: string;
  value: T | undefined;
  options: { value: T; label: string }[];
  onPick: (value: T) => void;
}) {
  return (
    <fieldset className="radios">
      <legend>{props.legend}</legend>
      {props.options.map((o) => {
        const id = `${props.name}-${o.value}`;
        return (
          <span key={o.value} className="chip">
            <input
              id={id}
              type="radio"
              name={props.name}
              checked={props.value === o.value}
              onChange={() => props.onPick(o.value)}
            />
            <label htmlFor={id}>{o.label}</label>
          </span>
        );
      })}
    </fieldset>
  );
}

function Field(props: {
  id: string;
  label: string;
  value: string | undefined;
  onText: (text: string) => void;
}) {
  return (
    <div className="risk-field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="text"
        value={props.value ?? ''}
        onChange={(e) => props.onText(e.target.value)}
      />
    </div>
  );
}

export function RiskEditor({ entry, onChange }: Props) {
  const risk = readRisk(entry);
  const { noRiskIndicated: _legacy, ...otherFields } = entry?.fields ?? {};
  const write = (next: RiskAnswers) => onChange({ ...entry, fields: otherFields, risk: next });
  // Answering any item is a documented assessment of its own: it replaces the one-click tick.
  const answer = (patch: Partial<RiskAnswers>) => write({ ...risk, ...patch, noRiskIndicated: false });
  const si = risk.suicidalIdeation;

  return (
    <div className="risk">
      <div className="risk-quick">
        <input
          id="risk-none"
          type="checkbox"
          checked={risk.noRiskIndicated === true}
          onChange={(e) =>
            write(e.target.checked ? { noRiskIndicated: true } : { ...risk, noRiskIndicated: false })
          }
        />
        <label htmlFor="risk-none">No risk indicated</label>
        <span className="hint"> — no suicidal or homicidal ideation, no self-harm, low risk</span>
      </div>
      <Radios<Ideation>
        legend="Suicidal ideation"
        name="risk-si"
        value={si}
        options={[
          { value: 'none', label: 'No suicidal ideation' },
          { value: 'passive', label: 'Passive suicidal ideation' },
          { value: 'active', label: 'Active suicidal ideation' },
        ]}
        onPick={(value) => answer({ suicidalIdeation: value })}
      />
      {si && si !== 'none' && (
        <>
          <Field
            id="risk-plan"
            label="Suicide method or timing considered"
            value={risk.plan}
            onText={(plan) => answer({ plan })}
          />
          <Field
            id="risk-intent"
            label="Intent"
            value={risk.intent}
            onText={(intent) => answer({ intent })}
          />
          <Field
            id="risk-means"
            label="Access to means"
            value={risk.meansAccess}
            onText={(meansAccess) => answer({ meansAccess })}
          />
        </>
      )}
      <Radios<Presence>
        legend="Self-harm"
        name="risk-sh"
        value={risk.selfHarm}
        options={[
          { value: 'none', label: 'No self-harm' },
          { value: 'present', label: 'Self-harm present' },
        ]}
        onPick={(value) => answer({ selfHarm: value })}
      />
      {risk.selfHarm === 'present' && (
        <Field
          id="risk-sh-detail"
          label="Self-harm details"
          value={risk.selfHarmDetail}
          onText={(selfHarmDetail) => answer({ selfHarmDetail })}
        />
      )}
      <Radios<Presence>
        legend="Homicidal ideation"
        name="risk-hi"
        value={risk.homicidalIdeation}
        options={[
          { value: 'none', label: 'No homicidal ideation' },
          { value: 'present', label: 'Homicidal ideation present' },
        ]}
        onPick={(value) => answer({ homicidalIdeation: value })}
      />
      {risk.homicidalIdeation === 'present' && (
        <Field
          id="risk-hi-detail"
          label="Homicidal ideation details"
          value={risk.homicidalDetail}
          onText={(homicidalDetail) => answer({ homicidalDetail })}
        />
      )}
      <Field
        id="risk-protective"
        label="Protective factors"
        value={risk.protectiveFactors}
        onText={(protectiveFactors) => answer({ protectiveFactors })}
      />
      <div className="risk-field">
        <label htmlFor="risk-level">Risk level</label>
        <select
          id="risk-level"
          value={risk.level ?? ''}
          onChange={(e) => answer({ level: (e.target.value || undefined) as RiskLevel | undefined })}
        >
          <option value="">Not assessed yet</option>
          <option value="low">Low</option>
          <option value="moderate">Moderate</option>
          <option value="high">High</option>
        </select>
      </div>
      <div className="risk-quick">
        <input
          id="risk-safety"
          type="checkbox"
          checked={risk.safetyPlanReviewed === true}
          onChange={(e) => answer({ safetyPlanReviewed: e.target.checked })}
        />
        <label htmlFor="risk-safety">Safety plan reviewed</label>
      </div>
    </div>
  );
}

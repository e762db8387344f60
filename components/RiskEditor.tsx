/**
 * Risk, never defaulted: the explicit "No risk indicated", or each item answered. Any
 * answer but "none" opens its follow-ups, which the note then requires before insertion.
 * Follow-up names avoid the section titles ("Plan"…) so every control's name is unique.
 */
import { readRisk, type Ideation, type Presence, type RiskAnswers, type RiskLevel } from '@/lib/note/risk';
import type { SectionEntry } from '@/lib/note/model';
import { CheckboxField, SelectField, TextField } from './fields';

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
          <TextField
            id="risk-plan"
            label="Suicide method or timing considered"
            value={risk.plan}
            onChange={(plan) => answer({ plan })}
          />
          <TextField
            id="risk-intent"
            label="Intent"
            value={risk.intent}
            onChange={(intent) => answer({ intent })}
          />
          <TextField
            id="risk-means"
            label="Access to means"
            value={risk.meansAccess}
            onChange={(meansAccess) => answer({ meansAccess })}
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
        <TextField
          id="risk-sh-detail"
          label="Self-harm details"
          value={risk.selfHarmDetail}
          onChange={(selfHarmDetail) => answer({ selfHarmDetail })}
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
        <TextField
          id="risk-hi-detail"
          label="Homicidal ideation details"
          value={risk.homicidalDetail}
          onChange={(homicidalDetail) => answer({ homicidalDetail })}
        />
      )}
      <TextField
        id="risk-protective"
        label="Protective factors"
        value={risk.protectiveFactors}
        onChange={(protectiveFactors) => answer({ protectiveFactors })}
      />
      <SelectField<RiskLevel>
        id="risk-level"
        label="Risk level"
        unset="Not assessed yet"
        value={risk.level}
        options={[
          ['low', 'Low'],
          ['moderate', 'Moderate'],
          ['high', 'High'],
        ]}
        onChange={(level) => answer({ level })}
      />
      <CheckboxField
        id="risk-safety"
        label="Safety plan reviewed"
        checked={risk.safetyPlanReviewed === true}
        onChange={(safetyPlanReviewed) => answer({ safetyPlanReviewed })}
      />
    </div>
  );
}

/**
 * Maps the fictional sample sessions (fixtures/sessions.json, copied from
 * shared/samples) to the note model. The sample's field names are descriptive, not an API:
 * this file is the one place that knows both.
 */
import type { SessionFrame } from '@/lib/note/frame';
import type { NoteContent, SectionEntry } from '@/lib/note/model';
import samples from './fixtures/sessions.json';

type SampleSession = (typeof samples.sessions)[number];
type Loose = Record<string, unknown>;

const SETTINGS: Record<string, SessionFrame['setting']> = {
  'in person': 'in-person',
  'video telehealth': 'video',
  'audio-only': 'audio',
};

/** Section ids the sample names differently. */
const SECTION_IDS: Record<string, string> = { frame: 'treatmentFrame' };

const RISK_KEYS = [
  'noRiskIndicated',
  'suicidalIdeation',
  'plan',
  'intent',
  'meansAccess',
  'selfHarm',
  'homicidalIdeation',
  'protectiveFactors',
  'level',
  'safetyPlanReviewed',
];

function toEntry(id: string, value: unknown): SectionEntry {
  if (Array.isArray(value)) return { goals: value as SectionEntry['goals'] };
  const v = value as Loose;
  const entry: SectionEntry = {};
  if (typeof v.text === 'string') entry.text = v.text;
  if (Array.isArray(v.chips)) entry.chips = v.chips as string[];
  if (id === 'mentalStatus') {
    entry.mentalStatus = {
      withinNormalLimits: v.withinNormalLimits as boolean | undefined,
      items: v.exceptions as Record<string, string> | undefined,
      notAssessed: v.notAssessed as never,
    };
  }
  if (id === 'risk') {
    entry.risk = Object.fromEntries(RISK_KEYS.filter((k) => k in v).map((k) => [k, v[k]]));
  }
  if (v.ccrt) entry.ccrt = v.ccrt as SectionEntry['ccrt'];
  if (v.insight) entry.insight = v.insight as SectionEntry['insight'];
  if (v.symptoms) entry.symptoms = v.symptoms as SectionEntry['symptoms'];
  if (typeof v.medicalNecessity === 'string') entry.medicalNecessity = v.medicalNecessity;
  return entry;
}

export function sampleContent(session: SampleSession): NoteContent {
  const { setting, ...frame } = session.frame as Loose & { setting?: string };
  return {
    templateId: session.template,
    includePrivate: [],
    frame: { ...(frame as SessionFrame), setting: setting ? SETTINGS[setting] : undefined },
    sections: Object.fromEntries(
      Object.entries(session.sections).map(([id, value]) => [SECTION_IDS[id] ?? id, toEntry(id, value)]),
    ),
  };
}

export const SAMPLE_SESSIONS = samples.sessions;

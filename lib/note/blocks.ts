/**
 * One section's entry as output-neutral blocks (paragraphs and lists). Every sentence is a
 * reading of something the clinician typed or picked; an untouched entry gives no blocks.
 */
import type { Ccrt, GoalEntry, SectionDef, SectionEntry } from './model';
import { mentalStatusSentences } from './mental-status';
import { capitalize, filled, labelled, sentence, type Wording } from './phrases';
import { riskSentences } from './risk';

export type Block =
  | {
      kind: 'paragraph';
      text: string;
      /** The paragraph already names its section ("Interventions used: …"), so layouts need no label. */
      namesSection?: boolean;
    }
  | { kind: 'list'; items: string[] };

const paragraph = (text: string): Block => ({ kind: 'paragraph', text });

/** "Defenses observed: intellectualization (mental inhibition level)." plus any lead groups. */
export function chipPhrases(section: SectionDef, chips: string[]): string[] {
  if (chips.length === 0) return [];
  const groupOf = (chip: string) => section.chipGroups?.find((g) => g.chips.includes(chip));
  const main: string[] = [];
  const led = new Map<string, string[]>();
  for (const chip of chips) {
    const group = groupOf(chip);
    if (group?.lead) {
      led.set(group.lead, [...(led.get(group.lead) ?? []), chip]);
    } else {
      main.push(section.chipsWithGroup && group ? `${chip} (${group.label} level)` : chip);
    }
  }
  const phrases = main.length > 0 ? [`${section.chipsLead ?? section.title}: ${main.join(', ')}.`] : [];
  for (const [lead, picked] of led) phrases.push(`${lead}: ${picked.join(', ')}.`);
  return phrases;
}

export function ccrtSentence(ccrt: Ccrt | undefined): string | undefined {
  const parts = [
    ['wish', filled(ccrt?.wish)],
    ['response of other', filled(ccrt?.responseOfOther)],
    ['response of self', filled(ccrt?.responseOfSelf)],
  ].filter((part): part is [string, string] => part[1] !== undefined);
  if (parts.length === 0) return undefined;
  return sentence(`Core conflictual relationship theme — ${parts.map(([k, v]) => `${k}: ${v}`).join('; ')}`);
}

export function goalItem(goal: GoalEntry): string | undefined {
  const name = filled(goal.goal);
  const evidence = filled(goal.evidence);
  const head =
    name && goal.status ? `${name}: ${goal.status}` : (name ?? (goal.status && capitalize(goal.status)));
  const parts = [head && sentence(head), evidence && labelled('Evidence', evidence)].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : undefined;
}

const INSIGHT_PHRASES = {
  none: 'no insight',
  intellectual: 'intellectual insight',
  emotional: 'emotional insight',
} as const;

/** Structured answers first, then chips, then the clinician's own paragraphs. */
export function sectionBlocks(
  section: SectionDef,
  entry: SectionEntry | undefined,
  wording: Wording = 'client',
): Block[] {
  if (!entry) return [];
  const blocks: Block[] = [];
  const joined = (sentences: string[]) => {
    if (sentences.length > 0) blocks.push(paragraph(sentences.join(' ')));
  };
  if (section.kind === 'risk') joined(riskSentences(entry, wording));
  if (section.kind === 'mentalStatus') joined(mentalStatusSentences(entry.mentalStatus));
  if (section.kind === 'goals') {
    const items = (entry.goals ?? []).map(goalItem).filter((i): i is string => i !== undefined);
    if (items.length > 0) blocks.push({ kind: 'list', items });
  }
  const extras = section.extras ?? [];
  const ccrt = extras.includes('ccrt') ? ccrtSentence(entry.ccrt) : undefined;
  if (ccrt) blocks.push(paragraph(ccrt));
  if (extras.includes('insight') && entry.insight) {
    blocks.push(paragraph(`The ${wording} showed ${INSIGHT_PHRASES[entry.insight]}.`));
  }
  const assessment: string[] = [];
  if (extras.includes('symptoms') && entry.symptoms) assessment.push(`Symptoms ${entry.symptoms}.`);
  const necessity = extras.includes('medicalNecessity') ? filled(entry.medicalNecessity) : undefined;
  if (necessity) assessment.push(labelled('Medical necessity', necessity));
  joined(assessment);
  const title = section.title.toLowerCase();
  for (const phrase of chipPhrases(section, entry.chips ?? [])) {
    blocks.push({
      kind: 'paragraph',
      text: phrase,
      namesSection:
        phrase.toLowerCase().startsWith(`${title} `) || phrase.toLowerCase().startsWith(`${title}:`),
    });
  }
  const text = filled(entry.text);
  if (text) for (const p of text.split(/\n\s*\n/)) blocks.push(paragraph(p.trim()));
  return blocks;
}

/**
 * Layouts of the same content (NOTE-SPEC.md "Layouts"): the default psychodynamic
 * headings (one per section), or SOAP, DAP, BIRP for EHRs and payers that require them.
 * A layout only says under which heading each section's role goes; nothing is filled twice.
 */
import type { SectionDef, SectionRole } from './model';

export type LayoutId = 'psychodynamic' | 'soap' | 'dap' | 'birp';

export interface Layout {
  id: LayoutId;
  /** The option text in the panel's `Layout` combobox (E2E-CONTRACT.md). */
  name: string;
  /** Heading per role, in the order the headings appear; undefined = one heading per section. */
  headings?: { heading: string; roles: SectionRole[] }[];
}

export const LAYOUTS: Layout[] = [
  { id: 'psychodynamic', name: 'Psychodynamic' },
  {
    id: 'soap',
    name: 'SOAP',
    headings: [
      { heading: 'Subjective', roles: ['subjective'] },
      { heading: 'Objective', roles: ['objective', 'intervention'] },
      { heading: 'Assessment', roles: ['response', 'assessment'] },
      { heading: 'Plan', roles: ['plan'] },
    ],
  },
  {
    id: 'dap',
    name: 'DAP',
    headings: [
      { heading: 'Data', roles: ['subjective', 'objective', 'intervention', 'response'] },
      { heading: 'Assessment', roles: ['assessment'] },
      { heading: 'Plan', roles: ['plan'] },
    ],
  },
  {
    id: 'birp',
    name: 'BIRP',
    headings: [
      { heading: 'Behavior', roles: ['subjective', 'objective'] },
      { heading: 'Intervention', roles: ['intervention'] },
      { heading: 'Response', roles: ['response', 'assessment'] },
      { heading: 'Plan', roles: ['plan'] },
    ],
  },
];

export const DEFAULT_LAYOUT: LayoutId = 'psychodynamic';

export function findLayout(id: LayoutId | undefined): Layout {
  return LAYOUTS.find((l) => l.id === id) ?? (LAYOUTS[0] as Layout);
}

/** The layout heading a section goes under; its own title in the psychodynamic layout. */
export function layoutHeading(layout: Layout, section: SectionDef): string {
  if (!layout.headings) return section.title;
  const role = section.role ?? 'objective';
  const match = layout.headings.find((h) => h.roles.includes(role));
  // Every role is mapped by every layout (tested), so this fallback is never reached.
  return match?.heading ?? section.title;
}

/** The panel frame's name: its mount token and page key (lib/panel-frame-name.ts). */
import { describe, expect, it } from 'vitest';
import { panelFrameName, readPanelFrameName } from '@/lib/panel-frame-name';
import { randomHex } from '@/lib/random-id';

const PAGE = 'https://ehr.test/clients/47/notes?tab=progress#/new';

describe('panel frame name', () => {
  it('carries the mount token and the page key, and gives them back', () => {
    const mount = randomHex();
    expect(readPanelFrameName(panelFrameName(mount, PAGE))).toEqual({ mount, pageKey: PAGE });
  });

  it('reads a name without a token, as a page names its own copy, as a page key with no mount', () => {
    expect(readPanelFrameName(PAGE)).toEqual({ mount: null, pageKey: PAGE });
    expect(readPanelFrameName('')).toEqual({ mount: null, pageKey: '' });
  });

  it('takes no token of another shape: what stands before the page key must be one of randomHex', () => {
    expect(readPanelFrameName(`token ${PAGE}`)).toEqual({ mount: null, pageKey: `token ${PAGE}` });
    expect(readPanelFrameName(` ${PAGE}`)).toEqual({ mount: null, pageKey: ` ${PAGE}` });
    expect(readPanelFrameName(`${'A'.repeat(32)} ${PAGE}`).mount).toBeNull();
  });
});

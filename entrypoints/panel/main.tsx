import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { App } from './App';
import { askEarly, takeEarlyIfIn } from './early';
import { PANEL_MARKS } from '@/lib/open-marks';
import './panel.css';

/**
 * How long the first render waits for the draft and the templates before it shows a
 * loading line instead. Cold, the answers are usually in when React is (Chromium) or
 * tens of ms later (Firefox): one commit with the sections then beats a loading line
 * followed by a second, full render. A slower background gets the loading line.
 */
const FIRST_ANSWERS_WAIT_MS = 100;

// The content script passes the EHR page's key as this frame's name (panel-mount.ts);
// the panel never reads the host page.
const pageKey = window.name;
// Module bodies run after all their imports: this is when React is parsed and evaluated.
performance.mark(PANEL_MARKS.module);
askEarly(pageKey);
const root = createRoot(document.getElementById('root')!);

void takeEarlyIfIn(FIRST_ANSWERS_WAIT_MS).then((first) =>
  root.render(
    <StrictMode>
      <ErrorBoundary>
        <App pageKey={pageKey} first={first} />
      </ErrorBoundary>
    </StrictMode>,
  ),
);

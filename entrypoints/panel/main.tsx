import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { App } from './App';
import { askEarly, earlyArrived } from './early';
import { PANEL_MARKS } from '@/lib/open-marks';
import '@/components/theme.css';
import './panel.css';

// The content script passes the EHR page's key as this frame's name (panel-mount.ts);
// the panel never reads the host page.
const pageKey = window.name;
// Module bodies run after all their imports: this is when React is parsed and evaluated.
performance.mark(PANEL_MARKS.module);
askEarly(pageKey);

const root = createRoot(document.getElementById('root')!);
// The first frame waits a moment for the draft, to draw it rather than "Opening your draft…".
void earlyArrived().then((arrived) =>
  root.render(
    <StrictMode>
      <ErrorBoundary>
        <App pageKey={pageKey} arrived={arrived} />
      </ErrorBoundary>
    </StrictMode>,
  ),
);

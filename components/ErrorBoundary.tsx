/**
 * Keeps one broken piece from blanking the whole panel: React unmounts everything on an
 * uncaught error. Drafts are saved by the background, so the message can say so.
 */
import { Component, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="crash">
        <p>Reverie’s panel hit an error: {this.state.error.message}</p>
        <p>What you typed before this was saved. Close the panel and open it again.</p>
      </div>
    );
  }
}

import type { ReactNode } from 'react';

export function Loading({ what }: { what: string }) {
  return (
    <div className="status status-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> Loading {what}…
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return (
    <div className="status status-empty" data-testid="empty">
      {children}
    </div>
  );
}

export function ErrorView({ error, what }: { error: Error; what: string }) {
  return (
    <div className="status status-error" role="alert" data-testid="error">
      <strong>Could not load {what}.</strong> {error.message}
    </div>
  );
}

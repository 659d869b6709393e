// The status bar item's text: server state and the count of findings.

export type ServerState = 'starting' | 'running' | 'stopped' | 'missing';

export interface FindingCounts {
  errors: number;
  warnings: number;
  other: number;
}

/** VS Code's DiagnosticSeverity: 0 error, 1 warning, 2 information, 3 hint. */
export function countFindings(severities: Iterable<number>): FindingCounts {
  const counts: FindingCounts = { errors: 0, warnings: 0, other: 0 };
  for (const s of severities) {
    if (s === 0) counts.errors++;
    else if (s === 1) counts.warnings++;
    else counts.other++;
  }
  return counts;
}

export function statusText(state: ServerState, counts: FindingCounts): { text: string; tooltip: string } {
  switch (state) {
    case 'starting':
      return { text: '$(sync~spin) plead', tooltip: 'plead: starting the language server…' };
    case 'stopped':
      return { text: '$(debug-stop) plead', tooltip: 'plead: the language server is stopped — run "plead: Restart Server"' };
    case 'missing':
      return { text: '$(error) plead', tooltip: 'plead: the language server binary was not found — see "plead.server.path"' };
    case 'running': {
      const total = counts.errors + counts.warnings + counts.other;
      const parts = [`${counts.errors} error${counts.errors === 1 ? '' : 's'}`,
        `${counts.warnings} warning${counts.warnings === 1 ? '' : 's'}`,
        `${counts.other} note${counts.other === 1 ? '' : 's'}`];
      return {
        text: total === 0 ? '$(law) plead $(check)' : `$(law) plead ${total}`,
        tooltip: `plead: running — ${parts.join(', ')} in open documents`,
      };
    }
  }
}

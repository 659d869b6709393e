// Where to find the `plead` binary: the `plead.server.path` setting, else the
// binary bundled in the extension (`server/plead`), else `plead` on PATH.
// Pure (file-system checks are injected) so it is unit-tested without VS Code.
import * as path from 'path';

export type ServerSource = 'setting' | 'bundled' | 'path';

export interface ServerFound {
  command: string;
  source: ServerSource;
}

export interface ServerMissing {
  error: string;
}

export interface ResolveInput {
  /** Value of `plead.server.path` (may be empty, `~/…`, or relative to the workspace folder). */
  configuredPath: string | undefined;
  /** Absolute path of the installed extension. */
  extensionPath: string;
  /** First workspace folder (for a relative `plead.server.path`). */
  workspaceFolder?: string;
  platform: NodeJS.Platform;
  /** The PATH environment variable. */
  envPath: string | undefined;
  homeDir: string;
  /** True when the file exists and can be executed. */
  isExecutable: (file: string) => boolean;
}

export function binaryName(platform: NodeJS.Platform): string {
  return platform === 'win32' ? 'plead.exe' : 'plead';
}

/** Expands `~` and `${workspaceFolder}`, and makes a relative path absolute against the workspace. */
export function expandConfiguredPath(raw: string, input: Pick<ResolveInput, 'homeDir' | 'workspaceFolder'>): string {
  let p = raw.trim();
  if (p === '~' || p.startsWith('~/') || p.startsWith('~\\')) {
    p = path.join(input.homeDir, p.slice(1));
  }
  if (input.workspaceFolder) {
    p = p.split('${workspaceFolder}').join(input.workspaceFolder);
    if (!path.isAbsolute(p) && (p.includes('/') || p.includes('\\'))) {
      p = path.join(input.workspaceFolder, p);
    }
  }
  return p;
}

/** Searches PATH the way a shell would. */
export function findOnPath(name: string, input: Pick<ResolveInput, 'envPath' | 'platform' | 'isExecutable'>): string | undefined {
  const sep = input.platform === 'win32' ? ';' : ':';
  for (const dir of (input.envPath ?? '').split(sep)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    if (input.isExecutable(candidate)) return candidate;
  }
  return undefined;
}

export function resolveServer(input: ResolveInput): ServerFound | ServerMissing {
  const name = binaryName(input.platform);
  const configured = input.configuredPath?.trim();
  if (configured) {
    const expanded = expandConfiguredPath(configured, input);
    // A bare name ("plead-dev") is looked up on PATH like a shell command.
    const bare = !expanded.includes('/') && !expanded.includes('\\');
    const found = bare ? findOnPath(expanded, input) : (input.isExecutable(expanded) ? expanded : undefined);
    if (found) return { command: found, source: 'setting' };
    return {
      error: `plead: the setting "plead.server.path" is "${configured}", but no executable was found there. ` +
        'Fix the path (absolute, or relative to the workspace folder), or clear the setting to use the bundled binary or `plead` on PATH.',
    };
  }
  const bundled = path.join(input.extensionPath, 'server', name);
  if (input.isExecutable(bundled)) return { command: bundled, source: 'bundled' };
  const onPath = findOnPath(name, input);
  if (onPath) return { command: onPath, source: 'path' };
  return {
    error: 'plead: the language server binary was not found: this extension has none bundled and `plead` is not on PATH. ' +
      'Install the extension built for your platform (plead-<platform>.vsix, which carries the server), ' +
      'or install the server with `cargo install --locked --path .` from the plead repository, ' +
      'or set "plead.server.path" to the binary.',
  };
}

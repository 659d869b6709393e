// Which documents plead lints: plain text, Markdown and `.pleading` files,
// optionally restricted by `plead.include` (folders or globs) so that it does not
// lint every README. The result is the language client's document selector, so
// VS Code itself decides which documents are synced to the server.
import * as path from 'path';

export const LANGUAGES = ['plaintext', 'markdown', 'pleading'] as const;

export interface DocumentFilter {
  language: string;
  scheme: string;
  pattern?: string;
}

const GLOB_CHARS = /[*?[\]{}]/;

function toSlashes(p: string): string {
  return p.replace(/\\/g, '/');
}

/**
 * Turns one `plead.include` entry into absolute glob patterns.
 * - a glob that starts with `**` applies anywhere: kept as is;
 * - an absolute folder or glob: kept (a folder gains `/**`);
 * - a relative folder or glob: resolved against every workspace folder.
 */
export function includePatterns(entry: string, workspaceFolders: readonly string[]): string[] {
  let e = toSlashes(entry.trim());
  if (!e) return [];
  if (e.startsWith('./')) e = e.slice(2);
  if (e.endsWith('/')) e = e.replace(/\/+$/, '');
  const isGlob = GLOB_CHARS.test(e);
  const withinFolder = isGlob ? e : `${e}/**`;
  if (e.startsWith('**')) return [e];
  if (path.isAbsolute(e) || /^[A-Za-z]:\//.test(e)) return [withinFolder];
  if (workspaceFolders.length === 0) return [`**/${withinFolder}`];
  return workspaceFolders.map((folder) => `${toSlashes(folder).replace(/\/+$/, '')}/${withinFolder}`);
}

/** The language client's document selector for the given `plead.include` setting. */
export function documentSelector(include: readonly string[], workspaceFolders: readonly string[]): DocumentFilter[] {
  const patterns = [...new Set(include.flatMap((e) => includePatterns(e, workspaceFolders)))];
  const filters: DocumentFilter[] = [];
  for (const language of LANGUAGES) {
    if (patterns.length === 0) {
      filters.push({ language, scheme: 'file' }, { language, scheme: 'untitled' });
    } else {
      for (const pattern of patterns) filters.push({ language, scheme: 'file', pattern });
    }
  }
  return filters;
}

/**
 * Glob matching with VS Code's syntax (`**`, `*`, `?`, `{a,b}`, `[abc]`) on
 * forward-slash paths. Used to tell the user whether the active file is linted.
 */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let inGroup = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') {
          i++;
          re += '(?:[^/]*/)*'; // `**/`: zero or more folders
        } else {
          re += '.*';
        }
      } else {
        re += '[^/]*';
      }
    } else if (c === '?') re += '[^/]';
    else if (c === '{') { inGroup++; re += '(?:'; }
    else if (c === '}' && inGroup > 0) { inGroup--; re += ')'; }
    else if (c === ',' && inGroup > 0) re += '|';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end < 0) { re += '\\['; continue; }
      let cls = glob.slice(i + 1, end).replace(/\\/g, '\\\\');
      if (cls.startsWith('!')) cls = '^' + cls.slice(1);
      re += `[${cls}]`;
      i = end;
    } else re += c.replace(/[.+^$()|\\\]]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** True when a document with this language and path would be sent to the server. */
export function isSelected(selector: readonly DocumentFilter[], doc: { languageId: string; scheme: string; fsPath: string }): boolean {
  const p = toSlashes(doc.fsPath);
  return selector.some((f) => f.language === doc.languageId && f.scheme === doc.scheme &&
    (f.pattern === undefined || globToRegExp(f.pattern).test(p)));
}

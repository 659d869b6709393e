// The VS Code side of plead: starts `plead lsp` over stdio and wires its
// commands, settings and a status bar item. The logic that can be tested
// without VS Code lives in the other modules of this folder.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import {
  DidChangeConfigurationNotification,
  ExecuteCommandRequest,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  State,
  WorkspaceEdit,
} from 'vscode-languageclient/node';

import { documentSelector, isSelected } from './include';
import { binaryName, resolveServer } from './serverPath';
import { serverKeys, toServerSettings } from './settings';
import { countFindings, ServerState, statusText } from './status';
import { wordAt } from './words';

let client: LanguageClient | undefined;
let output: vscode.OutputChannel;
let statusItem: vscode.StatusBarItem;
let serverState: ServerState = 'stopped';
let keys: string[] = [];

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function workspaceFolderPaths(): string[] {
  return (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => f.uri.fsPath);
}

function currentSettings() {
  const cfg = vscode.workspace.getConfiguration('plead');
  return toServerSettings(keys, (k) => cfg.get(k));
}

function currentSelector() {
  const include = vscode.workspace.getConfiguration('plead').get<string[]>('include', []);
  return documentSelector(include, workspaceFolderPaths());
}

function refreshStatus(): void {
  const severities: number[] = [];
  client?.diagnostics?.forEach((_uri, diags) => diags.forEach((d) => severities.push(d.severity)));
  const { text, tooltip } = statusText(serverState, countFindings(severities));
  statusItem.text = text;
  statusItem.tooltip = tooltip;
  statusItem.show();
}

function setState(state: ServerState): void {
  serverState = state;
  refreshStatus();
}

/**
 * A .vsix may lose the executable bit of the bundled binary on the way (zip tools,
 * copies): restore it, so the bundled server is found before one on PATH.
 */
function makeBundledExecutable(extensionPath: string): void {
  if (process.platform === 'win32') return;
  const bundled = path.join(extensionPath, 'server', binaryName(process.platform));
  try {
    if (fs.statSync(bundled).isFile() && !isExecutable(bundled)) {
      fs.chmodSync(bundled, 0o755);
    }
  } catch {
    // No bundled binary: PATH is searched instead.
  }
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  makeBundledExecutable(context.extensionPath);
  const found = resolveServer({
    configuredPath: vscode.workspace.getConfiguration('plead').get<string>('server.path'),
    extensionPath: context.extensionPath,
    workspaceFolder: workspaceFolderPaths()[0],
    platform: process.platform,
    envPath: process.env.PATH,
    homeDir: os.homedir(),
    isExecutable,
  });
  if ('error' in found) {
    setState('missing');
    output.appendLine(found.error);
    const choice = await vscode.window.showErrorMessage(found.error, 'Open Settings', 'Show Output');
    if (choice === 'Open Settings') {
      await vscode.commands.executeCommand('workbench.action.openSettings', 'plead.server.path');
    } else if (choice === 'Show Output') {
      output.show(true);
    }
    return;
  }
  output.appendLine(`plead: starting ${found.command} lsp (found via ${found.source})`);

  // No `transport`: plain stdio pipes. TransportKind.stdio would append `--stdio`.
  const serverOptions: ServerOptions = {
    run: { command: found.command, args: ['lsp'] },
    debug: { command: found.command, args: ['lsp'], options: { env: { ...process.env, RUST_BACKTRACE: '1' } } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: currentSelector(),
    outputChannel: output,
    initializationOptions: currentSettings(),
    synchronize: { configurationSection: 'plead' },
    middleware: {
      workspace: {
        // The server rejects unknown keys: send only its own settings, never
        // the extension's (`server.path`, `include`, `trace.server`).
        didChangeConfiguration: async () => {
          await client?.sendNotification(DidChangeConfigurationNotification.type, {
            settings: { plead: currentSettings() },
          });
        },
        configuration: async (params, token, next) => {
          const answers = await next(params, token);
          if (!Array.isArray(answers)) return answers;
          return params.items.map((item, i) => (item.section === 'plead' ? currentSettings() : answers[i]));
        },
      },
    },
  };
  const created = new LanguageClient('plead', 'plead', serverOptions, clientOptions);
  client = created;
  created.onDidChangeState((e) => {
    setState(e.newState === State.Running ? 'running' : e.newState === State.Starting ? 'starting' : 'stopped');
  });
  setState('starting');
  try {
    await created.start();
  } catch (e) {
    setState('stopped');
    const message = `plead: the language server failed to start (${found.command} lsp): ${e instanceof Error ? e.message : String(e)}`;
    output.appendLine(message);
    void vscode.window.showErrorMessage(message, 'Show Output').then((c) => c && output.show(true));
  }
}

async function stopClient(): Promise<void> {
  const old = client;
  client = undefined;
  if (old) {
    try {
      await old.stop(5000);
    } catch (e) {
      output.appendLine(`plead: stopping the server: ${e instanceof Error ? e.message : String(e)}`);
    }
    await old.dispose().catch(() => undefined);
  }
  setState('stopped');
}

function runningClient(): LanguageClient | undefined {
  if (client && client.state === State.Running) return client;
  void vscode.window.showWarningMessage('plead: the language server is not running. Run "plead: Restart Server".');
  return undefined;
}

function lintedEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('plead: open a document first.');
    return undefined;
  }
  const doc = editor.document;
  if (!isSelected(currentSelector(), { languageId: doc.languageId, scheme: doc.uri.scheme, fsPath: doc.uri.fsPath })) {
    void vscode.window.showInformationMessage(
      `plead does not check this document (${doc.languageId}); see the "plead.include" setting.`);
    return undefined;
  }
  return editor;
}

const failed = Symbol('failed');

/** Runs a server command; a refusal (no workspace, feature missing) is shown to the user. */
async function serverCommand(c: LanguageClient, command: string, args: unknown[]): Promise<unknown> {
  try {
    return await c.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    output.appendLine(`plead: ${command} failed: ${message}`);
    void vscode.window.showErrorMessage(`plead: ${message}`);
    return failed;
  }
}

async function insertTableOfAuthorities(): Promise<void> {
  const c = runningClient();
  const editor = lintedEditor();
  if (!c || !editor) return;
  const uri = c.code2ProtocolConverter.asUri(editor.document.uri);
  const result = await serverCommand(c, 'plead.tableOfAuthorities', [uri]);
  if (result === failed) return;
  // The server either applies the edit itself (workspace/applyEdit) or returns it.
  if (result && typeof result === 'object' && ('changes' in result || 'documentChanges' in result)) {
    const edit = await c.protocol2CodeConverter.asWorkspaceEdit(result as WorkspaceEdit);
    if (!(await vscode.workspace.applyEdit(edit))) {
      void vscode.window.showErrorMessage('plead: the table of authorities could not be applied (the document changed?).');
    }
  }
}

async function addWordToDictionary(arg?: unknown): Promise<void> {
  const c = runningClient();
  if (!c) return;
  let word = typeof arg === 'string' ? arg : undefined;
  if (!word) {
    const editor = vscode.window.activeTextEditor;
    if (editor) {
      const sel = editor.selection;
      word = sel.isEmpty
        ? wordAt(editor.document.lineAt(sel.active.line).text, sel.active.character)
        : editor.document.getText(sel).trim();
    }
    word = await vscode.window.showInputBox({
      title: 'plead: Add Word to Dictionary',
      prompt: 'The spell checker will accept this word from now on.',
      value: word ?? '',
    });
  }
  if (!word) return;
  if ((await serverCommand(c, 'plead.addWord', [word])) === failed) return;
  void vscode.window.setStatusBarMessage(`plead: added "${word}" to the dictionary`, 3000);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  keys = serverKeys(context.extension.packageJSON);
  output = vscode.window.createOutputChannel('plead');
  statusItem = vscode.window.createStatusBarItem('plead.status', vscode.StatusBarAlignment.Right, 100);
  statusItem.name = 'plead';
  statusItem.command = 'plead.showOutput';
  context.subscriptions.push(output, statusItem);

  const restart = async () => {
    await stopClient();
    await startClient(context);
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('plead.restartServer', restart),
    vscode.commands.registerCommand('plead.insertTableOfAuthorities', insertTableOfAuthorities),
    vscode.commands.registerCommand('plead.addWordToDictionary', addWordToDictionary),
    vscode.commands.registerCommand('plead.showOutput', () => output.show(true)),
    vscode.languages.onDidChangeDiagnostics(() => refreshStatus()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      // The binary and the document selector are fixed when the client starts.
      if (e.affectsConfiguration('plead.server.path') || e.affectsConfiguration('plead.include')) {
        void restart();
      }
    }),
    { dispose: () => void stopClient() },
  );
  await startClient(context);
}

export async function deactivate(): Promise<void> {
  await stopClient();
}

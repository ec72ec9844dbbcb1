// Vouch in VS Code: starts the language server (the bundled jar on a Java 17+ runtime), shows the
// draft's figures in the status bar and adds the commands. Diagnostics, quick fixes, hover and code
// lens all come from the server.
import * as path from 'path';
import * as vscode from 'vscode';
import { ExecuteCommandRequest, LanguageClient } from 'vscode-languageclient/node';
import { formatCheckSummary, formatLedgerRow, formatStatus, ledgerRows, VouchStatus } from './format';
import { openJavaSetting, VouchServer, ServerState } from './server';
import { needsRestart, SERVER_SECTION } from './settings';

/** The code action kind of the server's "fix everything safe in this file" action. */
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('vouch');

let server: VouchServer | undefined;

export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel('Vouch');
  const statuses = new Map<string, VouchStatus>();
  const statusItem = vscode.window.createStatusBarItem('vouch.status', vscode.StatusBarAlignment.Right, 100);
  statusItem.name = 'Vouch';

  const onClient = (client: LanguageClient): void => {
    statuses.clear();
    client.onNotification('vouch/status', (s: VouchStatus) => {
      const previous = statuses.get(s.uri);
      if (previous?.version !== undefined && s.version !== undefined && s.version < previous.version) {
        return; // a late notification for an older version of the text
      }
      statuses.set(s.uri, s);
      refreshStatus();
    });
  };

  server = new VouchServer(context, output, onClient);

  const refreshStatus = (): void => {
    const doc = vscode.window.activeTextEditor?.document;
    const state: ServerState = server!.current;
    if (state.kind === 'noJava') {
      statusItem.text = '$(warning) Vouch: Java 17+ needed';
      statusItem.tooltip = state.problem;
      statusItem.command = 'vouch.openJavaSetting';
      statusItem.show();
      return;
    }
    if (state.kind === 'failed') {
      statusItem.text = '$(error) Vouch';
      statusItem.tooltip = `${state.problem}\n\nClick to restart the server.`;
      statusItem.command = 'vouch.restartServer';
      statusItem.show();
      return;
    }
    if (!doc || doc.languageId !== 'markdown') {
      statusItem.hide();
      return;
    }
    if (state.kind === 'starting') {
      statusItem.text = '$(sync~spin) Vouch';
      statusItem.tooltip = 'Vouch is starting its language server…';
      statusItem.command = 'vouch.showServerLog';
      statusItem.show();
      return;
    }
    const s = statuses.get(doc.uri.toString());
    if (!s) {
      statusItem.text = '$(book) Vouch';
      statusItem.tooltip = state.kind === 'running' ? 'Vouch is checking this draft…' : 'The Vouch server is stopped.';
      statusItem.command = 'vouch.openLedger';
      statusItem.show();
      return;
    }
    const { text, tooltip } = formatStatus(s);
    statusItem.text = text;
    statusItem.tooltip = new vscode.MarkdownString(tooltip);
    statusItem.command = { title: 'Show editing ledger', command: 'vouch.openLedger', arguments: [doc.uri.toString()] };
    statusItem.show();
  };

  context.subscriptions.push(
    output,
    statusItem,
    server,
    server.onDidChangeState(refreshStatus),
    vscode.window.onDidChangeActiveTextEditor(refreshStatus),
    vscode.workspace.onDidCloseTextDocument((d) => statuses.delete(d.uri.toString())),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (needsRestart((s) => e.affectsConfiguration(s))) {
        output.appendLine('[vouch] a Java setting changed; restarting the server');
        void server!.restart();
      }
    }),
    vscode.commands.registerCommand('vouch.restartServer', async () => {
      await server!.restart();
      if (server!.current.kind === 'running') {
        void vscode.window.setStatusBarMessage('$(check) Vouch server restarted', 4000);
      }
    }),
    vscode.commands.registerCommand('vouch.showServerLog', () => output.show(true)),
    vscode.commands.registerCommand('vouch.openJavaSetting', () => openJavaSetting()),
    vscode.commands.registerCommand('vouch.runCheckWorkspace', () => checkWorkspace(server!)),
    vscode.commands.registerCommand('vouch.openLedger', (uri?: string | vscode.Uri) => showLedger(server!, uri)),
    vscode.commands.registerCommand('vouch.fixAllInFile', () => fixAllInFile()),
  );

  refreshStatus();
  // Not awaited: activation ends at once; commands wait for the start themselves (VouchServer.running).
  void server.start();
}

export async function deactivate(): Promise<void> {
  await server?.stop();
  server = undefined;
}

async function checkWorkspace(server: VouchServer): Promise<void> {
  const client = await server.running();
  if (!client) {
    return;
  }
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage('Open a folder to check a workspace; Vouch checks open drafts as you type.');
    return;
  }
  try {
    // The server reports its own progress ($/progress, with a Cancel button).
    const result = await client.sendRequest(ExecuteCommandRequest.type, { command: 'vouch.checkWorkspace', arguments: [] });
    const choice = await vscode.window.showInformationMessage(formatCheckSummary(result), 'Show problems');
    if (choice === 'Show problems') {
      await vscode.commands.executeCommand('workbench.actions.view.problems');
    }
  } catch (e) {
    void vscode.window.showErrorMessage(`Vouch could not check the workspace: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** The ledger's rows as a picker: every draft's, or one draft's (from its code lens). */
async function showLedger(server: VouchServer, uri?: string | vscode.Uri): Promise<void> {
  const client = await server.running();
  if (!client) {
    return;
  }
  const args = uri ? [uri.toString()] : [];
  let rows;
  try {
    rows = ledgerRows(await client.sendRequest(ExecuteCommandRequest.type, { command: 'vouch.showLedger', arguments: args }));
  } catch (e) {
    void vscode.window.showErrorMessage(`Vouch could not read the editing ledger: ${e instanceof Error ? e.message : String(e)}`);
    return;
  }
  if (rows.length === 0) {
    const enabled = vscode.workspace.getConfiguration(SERVER_SECTION).get<boolean>('ledger.enabled', true);
    void vscode.window.showInformationMessage(
      enabled
        ? 'The editing ledger is empty: Vouch records editing time as you edit drafts in this workspace.'
        : 'The editing ledger is off ("vouch.ledger.enabled").',
    );
    return;
  }
  const items = rows.map(formatLedgerRow);
  const picked = await vscode.window.showQuickPick(items, {
    title: 'Vouch: editing ledger',
    placeHolder: 'Minutes of editing recorded per draft; pick one to open it',
    matchOnDescription: true,
  });
  if (picked) {
    const uri = resolveDraft(picked.path);
    if (uri) {
      await vscode.window.showTextDocument(uri);
    }
  }
}

/** A ledger path: a URI, an absolute path, or a path relative to a workspace folder. */
function resolveDraft(p: string): vscode.Uri | undefined {
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(p)) {
    return vscode.Uri.parse(p);
  }
  if (path.isAbsolute(p)) {
    return vscode.Uri.file(p);
  }
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder ? vscode.Uri.joinPath(folder.uri, p) : undefined;
}

/** Applies the server's `source.fixAll.vouch` action to the active draft (the same one codeActionsOnSave runs). */
async function fixAllInFile(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage('Open a Markdown draft to fix.');
    return;
  }
  const doc = editor.document;
  const whole = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
  const actions =
    (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, whole, FIX_ALL_KIND.value, 5)) ?? [];
  const fixAll = actions.filter((a) => a.kind && FIX_ALL_KIND.contains(a.kind));
  if (fixAll.length === 0) {
    void vscode.window.setStatusBarMessage('Vouch: nothing to fix automatically in this file', 4000);
    return;
  }
  for (const action of fixAll.slice(0, 1)) {
    if (action.edit) {
      await vscode.workspace.applyEdit(action.edit);
    }
    if (action.command) {
      await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
    }
  }
}

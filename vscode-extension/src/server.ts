// Starting, stopping and restarting the language server process, with the Java runtime it needs.
import { ChildProcess, execFile, spawn } from 'child_process';
import * as fs from 'fs';
import * as vscode from 'vscode';
import {
  CloseAction,
  CloseHandlerResult,
  ErrorAction,
  ErrorHandler,
  ErrorHandlerResult,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  State,
} from 'vscode-languageclient/node';
import { discoverJava, DiscoveryHost, installAdvice, JavaRuntime } from './java';
import { exitSummary } from './format';
import { RestartBudget } from './restart';
import { maxHeap, serverCommand, SERVER_SECTION } from './settings';

export type ServerState =
  | { kind: 'starting' }
  | { kind: 'running'; runtime: JavaRuntime }
  | { kind: 'noJava'; problem: string }
  | { kind: 'failed'; problem: string }
  | { kind: 'stopped' };

const nodeHost: DiscoveryHost = {
  platform: process.platform,
  env: process.env,
  isFile(p) {
    try {
      return fs.statSync(p).isFile();
    } catch {
      return false;
    }
  },
  runVersion(java) {
    return new Promise((resolve, reject) => {
      // Generous: a JVM's first start on a loaded machine can take seconds.
      execFile(java, ['-version'], { timeout: 30_000, windowsHide: true }, (err, stdout, stderr) => {
        if (err) {
          reject(err);
        } else {
          resolve(`${stderr}\n${stdout}`);
        }
      });
    });
  },
};

export class VouchServer implements vscode.Disposable {
  private client: VouchLanguageClient | undefined;
  /** The server process of the current client (spawned here, so its exit and stderr can be reported). */
  private process: ChildProcess | undefined;
  private stderrTail = '';
  private exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  /** Whether the current client ever reached Running: a server that cannot start is not restarted. */
  private everRunning = false;
  private state: ServerState = { kind: 'stopped' };
  private readonly budget = new RestartBudget();
  private readonly stateEmitter = new vscode.EventEmitter<ServerState>();
  private lastJavaProblem: string | undefined;
  /** Serialises start/stop so a restart during a start cannot leave two servers. */
  private queue: Promise<unknown> = Promise.resolve();

  readonly onDidChangeState = this.stateEmitter.event;

  constructor(
    private readonly context: vscode.ExtensionContext,
    readonly output: vscode.OutputChannel,
    private readonly onClient: (client: LanguageClient) => void,
  ) {}

  get current(): ServerState {
    return this.state;
  }

  /** The running client, or undefined (with a message to the writer) when there is none. */
  async running(): Promise<LanguageClient | undefined> {
    await this.queue;
    if (this.client && this.client.state === State.Running) {
      return this.client;
    }
    const why = this.state.kind === 'noJava' || this.state.kind === 'failed' ? ` ${this.state.problem}` : '';
    const choice = await vscode.window.showErrorMessage(`The Vouch server is not running.${why}`, 'Restart server', 'Show log');
    if (choice === 'Restart server') {
      await this.restart();
    } else if (choice === 'Show log') {
      this.output.show(true);
    }
    return undefined;
  }

  start(): Promise<void> {
    return this.enqueue(() => this.doStart());
  }

  stop(): Promise<void> {
    this.quieten();
    return this.enqueue(() => this.doStop());
  }

  /** A restart the writer asked for (or a launch setting changed): a fresh crash budget. */
  restart(): Promise<void> {
    this.quieten();
    return this.enqueue(async () => {
      await this.doStop();
      this.budget.reset();
      this.lastJavaProblem = undefined;
      await this.doStart();
    });
  }

  dispose(): void {
    void this.stop();
    this.stateEmitter.dispose();
  }

  /** At once, before the queued stop runs: messages the library sends meanwhile may fail. */
  private quieten(): void {
    if (this.client) {
      this.client.quiet = true;
    }
  }

  private enqueue(step: () => Promise<void>): Promise<void> {
    const next = this.queue.then(step, step);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private setState(s: ServerState): void {
    this.state = s;
    this.stateEmitter.fire(s);
  }

  private jarPath(): string | undefined {
    // The jar packaged into the extension; in a development checkout, the Maven build's.
    const candidates = [this.context.asAbsolutePath('server/vouch.jar'), this.context.asAbsolutePath('../server/target/vouch.jar')];
    return candidates.find((p) => fs.existsSync(p));
  }

  private async doStart(): Promise<void> {
    if (this.client) {
      return;
    }
    this.setState({ kind: 'starting' });
    const config = vscode.workspace.getConfiguration(SERVER_SECTION);
    const found = await discoverJava(config.get<string>('java.home'), nodeHost);
    if (!found.ok) {
      this.output.appendLine(`[vouch] ${found.problem}`);
      this.setState({ kind: 'noJava', problem: found.problem });
      this.notifyNoJava(found.problem);
      return;
    }
    const runtime = found.runtime;
    this.output.appendLine(`[vouch] Java ${runtime.version.text} from ${runtime.source}: ${runtime.java}`);

    const jar = this.jarPath();
    if (!jar) {
      const problem = 'The server jar (server/vouch.jar) is missing from the extension; reinstall the Vouch extension.';
      this.output.appendLine(`[vouch] ${problem}`);
      this.setState({ kind: 'failed', problem });
      void vscode.window.showErrorMessage(problem);
      return;
    }
    const heap = maxHeap(config.get('java.maxHeap'));
    if (heap.warning) {
      this.output.appendLine(`[vouch] ${heap.warning}`);
      void vscode.window.showWarningMessage(heap.warning);
    }
    const cmd = serverCommand(runtime.java, jar, heap.value);
    this.output.appendLine(`[vouch] starting: ${cmd.command} ${cmd.args.join(' ')}`);
    const serverOptions: ServerOptions = async () => {
      const p = spawn(cmd.command, cmd.args, {
        cwd: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath,
        env: process.env,
        windowsHide: true,
      });
      this.process = p;
      this.stderrTail = '';
      this.exit = undefined;
      p.stderr?.on('data', (d: Buffer) => {
        this.stderrTail = (this.stderrTail + d.toString('utf8')).slice(-2000);
      });
      p.on('exit', (code, signal) => {
        if (this.process === p) {
          this.exit = { code, signal };
        }
        this.output.appendLine(`[vouch] the server process exited (${signal ?? `code ${code}`})`);
      });
      p.on('error', (e) => {
        this.stderrTail += `\n${e.message}`;
        this.output.appendLine(`[vouch] could not run ${cmd.command}: ${e.message}`);
      });
      return { process: p, detached: false };
    };

    const clientOptions: LanguageClientOptions = {
      // Drafts (saved or not yet), and the project's .vouch.json, which the server validates as typed.
      documentSelector: [
        { scheme: 'file', language: 'markdown' },
        { scheme: 'untitled', language: 'markdown' },
        { scheme: 'file', pattern: '**/.vouch.json' },
      ],
      // The server registers the file watchers it needs itself (docs/lsp.md, "Files watched").
      synchronize: { configurationSection: SERVER_SECTION },
      middleware: {
        // The ledger lens names the server's command, whose answer VS Code would drop: open the picker.
        provideCodeLenses: async (document, token, next) => {
          const lenses = await next(document, token);
          for (const lens of lenses ?? []) {
            if (lens.command?.command === 'vouch.showLedger') {
              lens.command = { ...lens.command, command: 'vouch.openLedger' };
            }
          }
          return lenses;
        },
      },
      outputChannel: this.output,
      errorHandler: this.errorHandler(),
      initializationFailedHandler: (error) => {
        this.output.appendLine(`[vouch] the server failed to initialise: ${error instanceof Error ? error.message : String(error)}`);
        return false;
      },
      markdown: { isTrusted: false, supportHtml: false },
    };

    const client = new VouchLanguageClient('vouch', 'Vouch', serverOptions, clientOptions);
    this.client = client;
    this.everRunning = false;
    this.onClient(client);
    client.onDidChangeState((e) => {
      if (this.client !== client) {
        return;
      }
      if (e.newState === State.Running) {
        this.everRunning = true;
        this.setState({ kind: 'running', runtime });
      } else if (e.newState === State.Starting) {
        this.setState({ kind: 'starting' });
      }
    });
    let failure: unknown;
    try {
      await client.start();
    } catch (e) {
      failure = e;
    }
    // start() can resolve without a running server when the process dies during initialisation.
    if (failure !== undefined || client.state !== State.Running) {
      await exited(this.process, 3000);
      const why = this.exit
        ? exitSummary(this.exit.code, this.exit.signal, this.stderrTail)
        : failure instanceof Error ? failure.message : failure !== undefined ? String(failure) : 'it stopped while starting.';
      const problem = `The Vouch language server did not start: ${why}`;
      this.output.appendLine(`[vouch] ${problem}`);
      await this.dropClient();
      this.setState({ kind: 'failed', problem });
      void this.offerLog(problem);
      return;
    }
    this.setState({ kind: 'running', runtime });
  }

  private async doStop(): Promise<void> {
    await this.dropClient();
    this.setState({ kind: 'stopped' });
  }

  private async dropClient(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (!client) {
      return;
    }
    client.quiet = true;
    try {
      if (client.state !== State.Stopped) {
        await client.stop(10_000);
      }
    } catch (e) {
      this.output.appendLine(`[vouch] stopping the server: ${e instanceof Error ? e.message : String(e)}`);
    }
    try {
      await client.dispose();
    } catch {
      // already stopped
    }
    // The client asked it to exit; a server that does not is ended.
    const proc = this.process;
    this.process = undefined;
    if (proc && !(await exited(proc, 3000))) {
      proc.kill('SIGTERM');
      if (!(await exited(proc, 3000))) {
        proc.kill('SIGKILL');
      }
    }
  }

  private errorHandler(): ErrorHandler {
    return {
      error: (error, _message, count): ErrorHandlerResult => {
        this.output.appendLine(`[vouch] connection error: ${error.message}`);
        // A few broken messages are survivable; a stream of them means the server is gone.
        return { action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true };
      },
      closed: async (): Promise<CloseHandlerResult> => {
        if (!this.everRunning) {
          // It never started: starting it again would fail the same way. doStart reports why.
          return { action: CloseAction.DoNotRestart, handled: true };
        }
        if (this.budget.crashed()) {
          this.output.appendLine(`[vouch] the server stopped unexpectedly; restarting it (${this.budget.recent} in the last 3 minutes)`);
          return { action: CloseAction.Restart, handled: true };
        }
        await exited(this.process, 3000); // the streams close before the exit code is known
        const last = this.exit ? ` Last time ${exitSummary(this.exit.code, this.exit.signal, this.stderrTail)}` : '';
        const problem = `The Vouch server stopped ${this.budget.recent} times in 3 minutes, so it was not restarted again.${last}`;
        this.output.appendLine(`[vouch] ${problem}`);
        this.setState({ kind: 'failed', problem });
        void this.offerLog(`${problem} Its log is in the Vouch output.`);
        return { action: CloseAction.DoNotRestart, handled: true };
      },
    };
  }

  private async offerLog(message: string): Promise<void> {
    const choice = await vscode.window.showErrorMessage(message, 'Show log', 'Restart server');
    if (choice === 'Show log') {
      this.output.show(true);
    } else if (choice === 'Restart server') {
      await this.restart();
    }
  }

  /** One notification per distinct problem: a restart that finds the same old Java does not nag again. */
  private notifyNoJava(problem: string): void {
    if (this.lastJavaProblem === problem) {
      return;
    }
    this.lastJavaProblem = problem;
    void vscode.window.showErrorMessage(installAdvice(problem), 'Open setting', 'Show log').then((choice) => {
      if (choice === 'Open setting') {
        void openJavaSetting();
      } else if (choice === 'Show log') {
        this.output.show(true);
      }
    });
  }
}

/**
 * Opens the Settings editor at `vouch.java.home`. It is a machine setting (the Java of the machine the
 * server runs on), so in a remote window (code-server, SSH, WSL) it lives under the Remote tab.
 */
export function openJavaSetting(): Thenable<unknown> {
  const command = vscode.env.remoteName ? 'workbench.action.openRemoteSettings' : 'workbench.action.openSettings';
  return vscode.commands.executeCommand(command, { query: 'vouch.java.home' });
}

/**
 * The client library announces a failed start with its own notification ("couldn't create connection
 * to server"); VouchServer reports the same failure with the server's exit code, its last words and
 * buttons, so the library's copy goes to the log only. Every other library message is unchanged.
 */
class VouchLanguageClient extends LanguageClient {
  /** Set once this client is being replaced or stopped: its last failures are logged, not shown. */
  quiet = false;

  override error(message: string, data?: unknown, showNotification?: boolean | 'force'): void {
    const handledHere = this.quiet || /couldn't create connection to server|Restarting server failed/.test(message);
    super.error(message, data, handledHere ? false : showNotification);
  }
}

/** Resolves true once the process has exited (or was never there), false after timeoutMs. */
function exited(p: ChildProcess | undefined, timeoutMs: number): Promise<boolean> {
  if (!p || p.exitCode !== null || p.signalCode !== null) {
    return Promise.resolve(true);
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    p.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

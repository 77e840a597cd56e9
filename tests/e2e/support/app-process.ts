import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
/** The built app. `KOERS_E2E_DIST` points the browser tests at a copy of `dist/` (to test one build while another is made). */
export const MAIN = resolve(process.env.KOERS_E2E_DIST ?? resolve(ROOT, 'dist'), 'apps/api/main.js');

export interface AppProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
  /** Sends a signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.on('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => res(port));
    });
  });
}

/** Starts the built app (`node dist/apps/api/main.js`, what `npm start` runs) and waits for its banner. */
export async function startApp(env: Record<string, string | undefined>, timeoutMs = 90_000): Promise<AppProcess> {
  const port = env.PORT ?? String(await freePort());
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'warn', ...env, PORT: port };
  for (const [k, v] of Object.entries(childEnv)) if (v === undefined) delete childEnv[k];
  delete childEnv.NODE_OPTIONS;
  const child = spawn(process.execPath, [MAIN], { cwd: ROOT, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));

  const started = await new Promise<boolean>((res) => {
    const timer = setTimeout(() => res(false), timeoutMs);
    const check = () => {
      if (/Koers draait op /.test(out)) {
        clearTimeout(timer);
        res(true);
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', () => {
      clearTimeout(timer);
      res(false);
    });
  });
  const proc: AppProcess = {
    child,
    url: `http://127.0.0.1:${port}`,
    output: () => out,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
  if (!started) {
    await proc.stop('SIGKILL');
    throw new Error(`The app did not start:\n${out}`);
  }
  return proc;
}

/** Runs the app expecting it to exit by itself (e.g. refused to start); resolves with code and output. */
export function runAppToExit(env: Record<string, string | undefined>, timeoutMs = 60_000): Promise<{ code: number | null; output: string }> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'warn', ...env };
  for (const [k, v] of Object.entries(childEnv)) if (v === undefined) delete childEnv[k];
  delete childEnv.NODE_OPTIONS;
  const child = spawn(process.execPath, [MAIN], { cwd: ROOT, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((res) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      res({ code, output: out });
    });
  });
}

// A private X display for one browser: Xvfb started on a free display number (`-displayfd`
// makes Xvfb pick one and tell us, so concurrent runs and other users of X never clash).
// The idle API reads the X server's idle time (the MIT-SCREEN-SAVER extension, on in Xvfb by
// default), which is per display: each scenario gets its own, so one scenario's typing is
// not another's presence.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface Display {
  /** `:N`, for DISPLAY. */
  name: string;
  /** process.env with DISPLAY set to this display. */
  env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

const STARTED: Set<ChildProcess> = new Set();
// A test runner killed mid-run must not leave X servers behind.
process.once('exit', () => {
  for (const xvfb of STARTED) xvfb.kill('SIGTERM');
});

export async function startDisplay(timeoutMs = 30_000): Promise<Display> {
  // fd 3 is where Xvfb writes the display number once it accepts connections.
  const xvfb = spawn(
    'Xvfb',
    [
      '-displayfd',
      '3',
      '-screen',
      '0',
      '1280x900x24',
      '-nolisten',
      'tcp',
      '+extension',
      'MIT-SCREEN-SAVER',
    ],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] },
  );
  STARTED.add(xvfb);
  let stderr = '';
  xvfb.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<void>((done) => xvfb.once('exit', () => done()));
  const name = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`Xvfb did not start: ${stderr}`)), timeoutMs);
    xvfb.once('error', (error) => {
      clearTimeout(timer);
      reject(
        new Error(`Xvfb could not be started (is Debian's xvfb installed?): ${error.message}`),
      );
    });
    xvfb.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited (${code}): ${stderr}`));
    });
    xvfb.stdio[3]?.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve(`:${out.trim()}`);
      }
    });
  });
  const env = { ...process.env, DISPLAY: name };
  // Fail early and clearly when the server lacks what the idle API reads.
  const { stdout } = await run('xdpyinfo', ['-display', name, '-queryExtensions']).catch(() => ({
    stdout: 'MIT-SCREEN-SAVER (xdpyinfo missing: not checked)',
  }));
  if (!stdout.includes('MIT-SCREEN-SAVER')) {
    xvfb.kill('SIGTERM');
    throw new Error(`Xvfb on ${name} has no MIT-SCREEN-SAVER extension: the idle API cannot work.`);
  }
  return {
    name,
    env,
    async stop() {
      if (xvfb.exitCode === null && xvfb.signalCode === null) xvfb.kill('SIGTERM');
      await exited;
      STARTED.delete(xvfb);
    },
  };
}

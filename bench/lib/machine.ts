/** The machine and browser versions the numbers come from. */
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';

const version = (bin: string) => {
  try {
    return execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim().split('\n').at(-1)!;
  } catch {
    return 'unknown';
  }
};

export function machine() {
  return {
    cpu: `${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}`,
    ramGiB: Math.round(totalmem() / 2 ** 30),
    os: `${process.platform} ${process.arch}`,
    node: process.version,
    chromium: version(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'),
    firefox: version(process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'),
  };
}

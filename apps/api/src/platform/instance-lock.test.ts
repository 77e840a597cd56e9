import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireInstanceLock } from './instance-lock';

describe('instance lock', () => {
  it('refuses a second instance with a clear message while the first runs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'koers-lock-'));
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)']);
    try {
      writeFileSync(join(dir, 'koers.pid'), String(other.pid));
      expect(() => acquireInstanceLock(dir)).toThrow(/Koers draait al \(proces \d+\)/);
    } finally {
      other.kill();
    }
  });

  it('takes over a stale lock and releases it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'koers-lock-'));
    writeFileSync(join(dir, 'koers.pid'), '2147483646');
    const release = acquireInstanceLock(dir);
    expect(existsSync(join(dir, 'koers.pid'))).toBe(true);
    release();
    expect(existsSync(join(dir, 'koers.pid'))).toBe(false);
  });
});

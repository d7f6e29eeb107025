/**
 * The sales CLI (`npm run provision`) end to end: a real child process that
 * signs in as a sales user and calls the callable on the emulators.
 */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { resolve } from 'node:path';
import { adminAuth, adminDb, uniqueEmail } from '../support/clients';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');

async function cli(args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'scripts/provision.ts', ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run provision', () => {
  it('provisions a deal as a sales user and says so; a second run reports it already provisioned', { timeout: 90_000 }, async () => {
    const email = uniqueEmail('cli-sales');
    const { uid } = await adminAuth().createUser({ email, password: 'cli-password-1' });
    await adminAuth().setCustomUserClaims(uid, { platformRole: 'sales' });
    const dealId = `CLI-${crypto.randomUUID().slice(0, 8)}`;
    const adminEmail = uniqueEmail('cli-admin');
    const args = ['--deal', dealId, '--name', 'Harbourview Clinic', '--plan', 'growth', '--seats', '25', '--go-live', '2031-01-15', '--admin-email', adminEmail, '--admin-name', 'Dr Hal View', '--as', email];

    const first = await cli(args, { ATRIUM_PASSWORD: 'cli-password-1' });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(new RegExp(`Provisioned deal ${dealId}: tenant \\w+ \\(trial\\)`));
    const tenants = await adminDb().collection('tenants').where('dealId', '==', dealId).get();
    expect(tenants.size).toBe(1);
    expect(tenants.docs[0]!.data()).toMatchObject({ seatLimit: 25, plan: 'growth', channel: 'sales', status: 'trial' });

    const second = await cli(args, { ATRIUM_PASSWORD: 'cli-password-1' });
    expect(second.stdout).toContain(`Already provisioned deal ${dealId}: tenant ${tenants.docs[0]!.id}`);
  });

  it('explains bad flags before calling anything', { timeout: 60_000 }, async () => {
    const result = await cli(['--deal', 'D-1', '--name', 'X', '--plan', 'gold', '--seats', 'many'], {});
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--plan:');
    expect(result.stderr).toContain('--seats:');
    expect(result.stderr).toContain('--go-live:');
  });

  it('reports the callable refusing a user without the sales role', { timeout: 60_000 }, async () => {
    const email = uniqueEmail('cli-nobody');
    await adminAuth().createUser({ email, password: 'cli-password-2' });
    const args = ['--deal', `CLI-${crypto.randomUUID().slice(0, 8)}`, '--name', 'Nope Clinic', '--plan', 'starter', '--seats', '3', '--go-live', '2031-01-15', '--admin-email', uniqueEmail('x'), '--admin-name', 'X', '--as', email];
    const result = await cli(args, { ATRIUM_PASSWORD: 'cli-password-2' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('(permission-denied)');
  });
});

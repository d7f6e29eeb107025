/**
 * The sales CLI: provisions a contracted practice through the same
 * `salesProvisionTenant` callable the admin console uses.
 *
 *   npm run provision -- --deal D-123 --name "Northside Dermatology" --plan growth \
 *     --seats 25 --go-live 2027-01-15 --admin-email nora@northside.example \
 *     --admin-name "Dr Nora North" [--subdomain northside]
 *
 * Signs in as a sales user: by default the demo one of `npm start`
 * (sales@atrium.demo) against the local emulators. For a real project pass
 * --project, --api-key, --as <email> and set ATRIUM_PASSWORD (never a flag,
 * so it stays out of shell history).
 */
import { parseArgs } from 'node:util';
import { initializeApp } from 'firebase/app';
import { connectAuthEmulator, getAuth, signInWithEmailAndPassword } from 'firebase/auth';
import { connectFunctionsEmulator, getFunctions, httpsCallable } from 'firebase/functions';
import { salesProvisionTenantInput, type ProvisionResult } from '@atrium/domain';
import { DEMO_PASSWORD, DEMO_PLATFORM_USERS } from './demo-data';

const USAGE = `usage: npm run provision -- --deal ID --name NAME --plan starter|growth|enterprise --seats N
       --go-live YYYY-MM-DD --admin-email EMAIL --admin-name NAME [--subdomain NAME]
       [--project ID --api-key KEY --as SALES_EMAIL]   (real project; password from ATRIUM_PASSWORD)`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function main() {
  const { values } = parseArgs({
    options: {
      deal: { type: 'string' },
      name: { type: 'string' },
      plan: { type: 'string' },
      seats: { type: 'string' },
      'go-live': { type: 'string' },
      'admin-email': { type: 'string' },
      'admin-name': { type: 'string' },
      subdomain: { type: 'string' },
      project: { type: 'string' },
      'api-key': { type: 'string' },
      as: { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }

  const parsed = salesProvisionTenantInput.safeParse({
    dealId: values.deal,
    tenantName: values.name,
    plan: values.plan,
    seatLimit: values.seats === undefined ? undefined : Number(values.seats),
    goLiveDate: values['go-live'],
    adminEmail: values['admin-email'],
    adminName: values['admin-name'],
    ...(values.subdomain ? { subdomain: values.subdomain } : {}),
  });
  if (!parsed.success) {
    const flag: Record<string, string> = {
      dealId: '--deal', tenantName: '--name', plan: '--plan', seatLimit: '--seats',
      goLiveDate: '--go-live', adminEmail: '--admin-email', adminName: '--admin-name', subdomain: '--subdomain',
    };
    const lines = parsed.error.issues.map((i) => `  ${flag[String(i.path[0])] ?? i.path.join('.')}: ${i.message}`);
    fail(`Cannot provision:\n${lines.join('\n')}\n\n${USAGE}`);
  }

  const real = values.project !== undefined;
  if (real && (!values['api-key'] || !values.as || !process.env.ATRIUM_PASSWORD)) {
    fail('For a real project pass --project, --api-key and --as, and set ATRIUM_PASSWORD.');
  }
  const projectId = values.project ?? process.env.GCLOUD_PROJECT ?? 'demo-atrium';
  const app = initializeApp({ projectId, apiKey: values['api-key'] ?? 'demo-api-key', authDomain: `${projectId}.firebaseapp.com` });
  const auth = getAuth(app);
  const functions = getFunctions(app, 'us-central1');
  if (!real) {
    const host = process.env.ATRIUM_EMULATOR_HOST ?? '127.0.0.1';
    connectAuthEmulator(auth, `http://${host}:9099`, { disableWarnings: true });
    connectFunctionsEmulator(functions, host, 5001);
  }

  const email = values.as ?? DEMO_PLATFORM_USERS.find((u) => u.platformRole === 'sales')!.email;
  const password = process.env.ATRIUM_PASSWORD ?? DEMO_PASSWORD;
  try {
    await signInWithEmailAndPassword(auth, email, password);
  } catch (error) {
    fail(`Could not sign in as ${email} (${(error as { code?: string }).code ?? error}).${real ? '' : ' Is `npm start` running?'}`);
  }

  try {
    const { data } = await httpsCallable<unknown, ProvisionResult>(functions, 'salesProvisionTenant')(parsed.data);
    console.log(`${data.created ? 'Provisioned' : 'Already provisioned'} deal ${parsed.data.dealId}: tenant ${data.tenantId} (${data.status}).`);
    console.log(`${parsed.data.adminEmail} is the owner and has been sent a sign-in link.`);
  } catch (error) {
    const e = error as { code?: string; message?: string };
    fail(`salesProvisionTenant refused: ${e.message ?? error} (${(e.code ?? 'unknown').replace(/^functions\//, '')})`);
  }
  process.exit(0);
}

main().catch((error) => fail(String(error)));

/**
 * Seeds the running emulators with the demo data (scripts/demo-data.ts): the
 * practices and their people, then each practice's clinic data (patients,
 * services, a week of appointments, notes; scripts/lib/demo-clinic.ts), and
 * prints how to sign in. Safe to run twice: users and tenants are found, not
 * duplicated, and the clinic data is rewritten under the same ids. Refuses to
 * run against anything but the emulators.
 *
 *   npm run seed   (inside `npm start`, which runs it for you)
 */
import { getApps, initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore } from 'firebase-admin/firestore';
import { ROLE_LABELS } from '@atrium/domain';
import { DEMO_PASSWORD, DEMO_PLATFORM_USERS, DEMO_TENANTS } from './demo-data';
import { seedClinicData } from './lib/demo-clinic';
import { ensureUser, seedPractice } from './lib/seed-practice';

if (!process.env.FIRESTORE_EMULATOR_HOST || !process.env.FIREBASE_AUTH_EMULATOR_HOST) {
  console.error('seed: run inside the emulators (npm start does this); refusing to touch a real project.');
  process.exit(1);
}

const app = getApps()[0] ?? initializeApp({ projectId: process.env.GCLOUD_PROJECT ?? 'demo-atrium' });
const db = getFirestore(app);
const auth = getAuth(app);

async function main() {
  const rows: string[][] = [];
  const now = new Date();
  for (const demo of DEMO_TENANTS) {
    const { tenantId, status, members } = await seedPractice(db, auth, { ...demo, password: DEMO_PASSWORD });
    // Blocked practices get data too: it exists, the rules hide it.
    const clinic = await seedClinicData(db, tenantId, members, now, { kind: demo.clinic, seed: demo.key });
    console.log(
      `seed: ${demo.name}: ${clinic.patients} patients, ${clinic.services} services, ${clinic.appointments} appointments, ` +
        `${clinic.treatmentNotes} treatment notes, ${clinic.customFields} custom fields`,
    );
    for (const m of demo.members) rows.push([m.email, ROLE_LABELS[m.role], demo.name, status]);
  }
  for (const p of DEMO_PLATFORM_USERS) {
    const uid = await ensureUser(auth, p.email, p.displayName, DEMO_PASSWORD);
    await auth.setCustomUserClaims(uid, { platformRole: p.platformRole });
    rows.push([p.email, ROLE_LABELS[p.platformRole], '(platform)', '']);
  }
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length), 6));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(`\nDemo users (password for all: ${DEMO_PASSWORD})\n`);
  console.log(line(['email', 'role', 'practice', 'status']));
  for (const r of rows) console.log(line(r));
  console.log('');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

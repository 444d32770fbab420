import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  ApiClient,
  continuingEducationRecords,
  contributionRecords,
  degreeRecords,
  declareUntilAccepted,
  holdCommitteeMeeting,
  LOCAL_SYSTEM,
  PRINCIPALS,
  RunningSystem,
  signIn,
  sampleDeclaration,
  setIntakeClock,
  TIANJIN_2023_REVIEW_DAY,
  tokenFor,
  uniqueCreditCode,
  waitFor,
  WORKSPACE_ROOT,
  type SampleDeclaration,
} from '@zc/testing';
import { SEED_EXPERTS } from '@zc/identity';
import { buildServices } from '../build/services';
import { ensureSecuredKafka } from '../infra/secured-kafka';

const FINAL = ['certificate-issued', 'verification-failed', 'committee-failed'];
// Long enough to lodge an objection by hand (R-PB-2) once a meeting closes; a lodged one holds the window.
const DEMO_PUBLICITY_MS = process.env['PUBLICITY_WINDOW_MS'] ?? '120000';
/** One origin for the browser (compose's GATEWAY_PORT): identity at /, the services at /api/<service>/, the console at /console/. */
const GATEWAY_PORT = Number(process.env['GATEWAY_PORT'] ?? 8080);
const CONSOLE_DIR = path.join(WORKSPACE_ROOT, 'dist', 'console');

interface Sample {
  declaration: SampleDeclaration;
  feedMonths: number;
  id?: string;
  status?: string;
  certificate?: string;
}

/** Runs every service, sends sample declarations through them, and reports where each one is. */
async function main(): Promise<void> {
  // The seeded plans are 2023's: the demo moves intake's clock into the Tianjin 2023 review period.
  // start.js brought the broker up; its topics and ACLs are made sure of here (idempotent).
  const kafka = await ensureSecuredKafka(9092);
  const build = buildServices();
  console.log(build.built ? `services compiled to ${path.relative(WORKSPACE_ROOT, build.dir)} (${build.files} files, ${build.ms} ms)` : `services: ${path.relative(WORKSPACE_ROOT, build.dir)} (up to date)`);
  const system = new RunningSystem({
    ...LOCAL_SYSTEM,
    build: build.dir,
    kafkaPassword: kafka.passwordOf,
    env: { PUBLICITY_WINDOW_MS: DEMO_PUBLICITY_MS, TEST_CLOCK: 'enabled' },
    gateway: { port: GATEWAY_PORT, consoleDir: CONSOLE_DIR },
  });
  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= system.stop().then(() => console.log('all services stopped')));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  console.log(`starting ${system.processes.length} services (logs in ${LOCAL_SYSTEM.logDir})…`);
  await system.start();
  if (stopping) return stopping;

  // Samples 0–3 are people the identity provider seeds (libs/identity seed-accounts.ts): signed in
  // as 王伟 (sample 0), the console shows 王伟's own declaration. 陈伟 (sample 4) is left to declare
  // in the console: the agencies' feeds already hold his records.
  const samples: Sample[] = [
    ...Array.from({ length: 3 }, (_, n) => ({ declaration: sampleDeclaration(n), feedMonths: 6 })),
    // Too few months of social security with its unit: stops at verification (R-RV-2).
    { declaration: sampleDeclaration(3, { employerCreditCode: uniqueCreditCode() }), feedMonths: 3 },
  ];
  const newcomer = sampleDeclaration(4);
  const admin = (service: Parameters<typeof system.url>[0]) => new ApiClient(system.url(service)).as(PRINCIPALS.bureauAdmin);
  await setIntakeClock(system.url('intake'), TIANJIN_2023_REVIEW_DAY);
  const loadFeeds = async (declaration: SampleDeclaration, months: number) => {
    const feeds = { 'social-security': contributionRecords(declaration, months), 'continuing-education': continuingEducationRecords(declaration), degree: degreeRecords(declaration) };
    for (const [source, records] of Object.entries(feeds)) {
      await admin('verification').post(`/feeds/${source}/records`, { batchId: `demo-${source}-${declaration.idNumber}`, records });
    }
  };
  await loadFeeds(newcomer, 6);
  for (const [i, sample] of samples.entries()) {
    // The databases outlive a run: a person declared by an earlier `npm start` keeps that declaration.
    const earlier = await new ApiClient(system.url('intake')).as(PRINCIPALS.applicant(i)).get<{ items: { id: string }[] }>('/declarations');
    sample.id = earlier.body.items?.[0]?.id;
    if (sample.id) continue;
    await loadFeeds(sample.declaration, sample.feedMonths);
    sample.id = await declareUntilAccepted(system.url('intake'), i, sample.declaration);
  }
  console.log(
    `${samples.length} sample declarations (of the seeded applicants 0–3) went through employer, department and office review (intake's clock at ${TIANJIN_2023_REVIEW_DAY}, plan tianjin-2023-quality-metrology); publicity windows last ${Number(DEMO_PUBLICITY_MS) / 1000} s in this demo`,
  );

  // Verification concludes on each; those it passes go before their committee, as a meeting would.
  const verdicts = await waitFor(
    'verification to conclude on every sample',
    async () => {
      const statuses = await Promise.all(samples.map(async (s) => (await admin('intake').get<{ status: string }>(`/declarations/${s.id}`)).body.status));
      return statuses.every((status) => status !== 'accepted') ? statuses : undefined;
    },
    { timeoutMs: 60_000, intervalMs: 300 },
  );
  const verified = samples.filter((_, i) => verdicts[i] === 'verified').map((s) => s.id as string);
  if (verified.length > 0) {
    // The pool is the five seeded experts (expert-1 … expert-5), all drawn: a later meeting can be tried by hand to its vote.
    const pool = SEED_EXPERTS.map(({ sub, name }, n) => ({ id: sub, name, nonPublic: n === 4 }));
    const meeting = await holdCommitteeMeeting({ intake: system.url('intake'), committee: system.url('committee') }, verified, () => 'for', { pool, panel: { size: pool.length, substitutes: 0 } });
    console.log(`the committee met (expert draw witnessed, anonymous ballots): ${meeting.results.filter((r) => r.outcome === 'passed').length} of ${verified.length} passed`);
  }

  await waitFor(
    'every sample declaration to reach a final status',
    async () => {
      for (const sample of samples) {
        const view = await admin('intake').get<{ status: string }>(`/declarations/${sample.id}`);
        sample.status = view.body.status;
      }
      return samples.every((s) => FINAL.includes(s.status ?? ''));
    },
    { timeoutMs: Number(DEMO_PUBLICITY_MS) + 120_000, intervalMs: 500 },
  ).catch((error: Error) => console.warn(error.message));
  for (const sample of samples.filter((s) => s.status === 'certificate-issued')) {
    sample.certificate = (await admin('certificate').get<{ number: string }>(`/certificates?declarationId=${sample.id}`)).body.number;
  }

  console.log('\nSample declarations:');
  console.table(
    samples.map((s) => ({ declaration: s.id, applicant: s.declaration.applicantName, status: s.status, certificate: s.certificate ?? '' })),
  );
  const holder = samples.find((s) => s.status === 'certificate-issued');
  if (holder) {
    const issued = (await admin('certificate').get<{ id: string; checkCode: string }>(`/certificates?declarationId=${holder.id}`)).body;
    const documents = `${system.url('certificate')}/certificates/${issued.id}/documents`;
    const token = tokenFor(PRINCIPALS.applicant(samples.indexOf(holder))); // applicant n declared sample n
    console.log(`\n${holder.declaration.applicantName} downloads the certificate and the evaluation form (PDF):`);
    for (const kind of ['certificate', 'evaluation-form']) console.log(`  curl -H "Authorization: Bearer ${token}" -o ${kind}.pdf ${documents}/${kind}`);
    const verification = `certificates/${issued.id}/verification?code=${issued.checkCode}`;
    console.log(`Anyone verifies it at the URL in its QR code (a console page):\n  ${system.consoleUrl}${verification}\nwhich asks ${system.issuer}/api/certificate/${verification}`);
  }
  console.log('\nServices (OpenAPI at /docs):');
  for (const process of system.processes) console.log(`  ${process.options.service.padEnd(13)} ${process.url}/docs`);
  console.log(`  ${'identity'.padEnd(13)} ${system.issuer}/.well-known/openid-configuration (sign-in pages, seeded accounts: libs/identity)`);
  console.log(`  ${'gateway'.padEnd(13)} ${system.issuer}/api/<service>/… (one origin: identity at its root, the console at /console/)`);
  const built = existsSync(path.join(CONSOLE_DIR, 'index.html')) ? '' : ` (not built yet: ${path.relative(WORKSPACE_ROOT, CONSOLE_DIR)} has no index.html)`;
  console.log(`\nConsole: ${system.consoleUrl}${built}\n  sign in as bureau-admin, office-tianjin, inspector-tianjin, expert-1 … expert-5 or an applicant's identity number (password ${process.env['IDENTITY_SEED_PASSWORD'] ?? 'zhicheng-dev'})`);
  console.log(`  ${newcomer.applicantName} (${newcomer.idNumber}) has not declared yet: sign in as him to declare under tianjin-2023-quality-metrology; his employer signs in as employer-${newcomer.employerCreditCode}, then department-tianjin and office-tianjin review`);
  console.log(
    `  then, as bureau-admin, 演示时钟 (demo clock) moves every service to the plan's review-plan filing day: office-tianjin files a review plan (评审方案), inspector-tianjin witnesses the draw, the clock moves to the meeting day, the office opens the meeting, expert-1 … expert-5 commit and vote, the office closes it; the publicity list takes objections for ${Number(DEMO_PUBLICITY_MS) / 1000} s`,
  );
  const signedIn = await signIn(system.issuer, 'bureau-admin', process.env['IDENTITY_SEED_PASSWORD'] ?? 'zhicheng-dev');
  console.log(`\nA bureau-admin token, signed in through the identity provider:\n  ${signedIn.access_token}`);
  console.log(`(more with: npm run token -- --login 120101195001010000, or --login office-tianjin, …)\n\nRunning. Press Ctrl-C to stop everything.`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await stop();
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});

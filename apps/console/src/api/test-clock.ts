// The test clock every service has where TEST_CLOCK is enabled (demos, tests; never production):
// GET|PUT /testing/clock, the bureau's. It is left out of the OpenAPI documents, so it is called here
// through each generated client's generic methods (same base URL and bearer token as the rest).
import { apiErrorOf } from '../lib/api-error';
import { client as certificate } from './certificate/client';
import { client as committee } from './committee/client';
import { client as intake } from './intake/client';
import { client as publicity } from './publicity/client';
import { client as supervision } from './supervision/client';
import { client as verification } from './verification/client';

export const CLOCKED_SERVICES = { intake, verification, committee, publicity, certificate, supervision };
export type ClockedService = keyof typeof CLOCKED_SERVICES;

export interface ServiceClock {
  now: string;
  today: string;
}

const bearer = [{ scheme: 'bearer', type: 'http' }] as const;

/** The service's clock, or undefined where it runs on the real date only (404: TEST_CLOCK off). */
export async function readClock(service: ClockedService): Promise<ServiceClock | undefined> {
  const { data, error, response } = await CLOCKED_SERVICES[service].get({ url: '/testing/clock', security: [...bearer] });
  if (response.status === 404) return undefined;
  if (!response.ok) throw apiErrorOf(response.status, error);
  return data as ServiceClock;
}

/** Moves the service's clock to 10:00 Beijing time on `date`; time runs on from there. */
export async function moveClock(service: ClockedService, date: string): Promise<ServiceClock> {
  const { data, error, response } = await CLOCKED_SERVICES[service].put({ url: '/testing/clock', security: [...bearer], body: { now: `${date}T10:00:00+08:00` } });
  if (!response.ok) throw apiErrorOf(response.status, error);
  return data as ServiceClock;
}

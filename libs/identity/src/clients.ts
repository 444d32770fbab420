import { z } from 'zod';
import { principalSchema } from '@zc/platform/auth';

/** The browser console: a public client, so PKCE (S256) is what protects its codes. */
export const CONSOLE_CLIENT_ID = 'zc-console';
/** Tools, benchmarks and scripts of the bureau: client credentials, acting as a bureau administrator. */
export const TOOLS_CLIENT_ID = 'zc-tools';
export const DEV_TOOLS_CLIENT_SECRET = 'zc-tools-dev-secret';

/**
 * A machine client (an agency pushing feeds, a tool): it signs in with its own secret and acts as
 * the principal it is registered with; it never borrows a person's identity.
 */
export const machineClientSchema = z.object({
  clientId: z.string().min(1),
  clientSecret: z.string().min(16),
  principal: principalSchema,
});
export type MachineClient = z.infer<typeof machineClientSchema>;

export function devMachineClients(): MachineClient[] {
  return [{ clientId: TOOLS_CLIENT_ID, clientSecret: DEV_TOOLS_CLIENT_SECRET, principal: { sub: TOOLS_CLIENT_ID, name: '平台工具', roles: ['bureau-admin'], scope: {} } }];
}

export function parseMachineClients(json: string, where: string): MachineClient[] {
  const parsed = z.array(machineClientSchema).safeParse(JSON.parse(json));
  if (!parsed.success) throw new Error(`${where}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

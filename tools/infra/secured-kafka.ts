import { provisionKafka, type KafkaAccess } from '@zc/messaging';
import { ensureKafka, kafkaCredentials, type KafkaCredentials } from './kafka';

export interface SecuredKafka {
  /** The broker as its administrator (a super user). */
  admin: KafkaAccess;
  /** A principal's password (a service, `feed-<source>`, `admin`). */
  passwordOf: (principal: string) => string | undefined;
  startedHere: boolean;
  pid: number | null;
}

const adminOf = (port: number, credentials: KafkaCredentials): KafkaAccess => ({ brokers: [`127.0.0.1:${port}`], sasl: { username: 'admin', password: credentials['admin'] as string } });

/** The local broker on `port` (started if needed, see kafka.js) with the platform's topics and ACLs in place. */
export async function ensureSecuredKafka(port: number, partitions = 3): Promise<SecuredKafka> {
  const kafka = await ensureKafka({ port });
  const admin = adminOf(port, kafka.credentials);
  await provisionKafka(admin, partitions);
  return { admin, passwordOf: (principal) => kafka.credentials[principal], startedHere: kafka.startedHere, pid: kafka.pid };
}

/** The broker on `port` as its administrator, once ensureKafka made it. */
export function kafkaAdminOf(port: number): KafkaAccess {
  return adminOf(port, kafkaCredentials({ port }));
}

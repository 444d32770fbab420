import { AclOperationTypes, AclPermissionTypes, AclResourceTypes, ResourcePatternTypes, type AclEntry } from 'kafkajs';
import { SERVICE_PRINCIPALS, topicGrants } from '@zc/contracts';
import { createKafka, type KafkaAccess } from './kafka';
import { ensureTopics, platformTopics } from './topic-admin';

/** Every ACL of the platform, from the one table of who writes and reads what (libs/contracts topic-access). */
export function platformAcls(): AclEntry[] {
  const entry = (principal: string, resourceType: AclResourceTypes, resourceName: string, pattern: ResourcePatternTypes, operation: AclOperationTypes): AclEntry => ({
    principal: `User:${principal}`,
    host: '*',
    resourceType,
    resourceName,
    resourcePatternType: pattern,
    operation,
    permissionType: AclPermissionTypes.ALLOW,
  });
  const onTopics = topicGrants().map((grant) =>
    entry(grant.principal, AclResourceTypes.TOPIC, grant.topic, ResourcePatternTypes.LITERAL, grant.operation === 'READ' ? AclOperationTypes.READ : AclOperationTypes.WRITE),
  );
  // A service's consumer groups are `zc-<service>` and `zc-<service>.<purpose>` (its feed streams).
  const onGroups = SERVICE_PRINCIPALS.map((service) => entry(service, AclResourceTypes.GROUP, `zc-${service}`, ResourcePatternTypes.PREFIXED, AclOperationTypes.READ));
  return [...onTopics, ...onGroups];
}

/**
 * Makes a broker ready for the platform, as its administrator: every topic (with its dead-letter
 * twin) and every ACL. Idempotent, so it runs before every start.
 */
export async function provisionKafka(admin: KafkaAccess, partitions: number): Promise<{ topics: number; acls: number }> {
  const kafka = createKafka({ clientId: 'zc-provisioning', ...admin });
  await ensureTopics(kafka, partitions);
  const client = kafka.admin();
  await client.connect();
  try {
    const acls = platformAcls();
    await client.createAcls({ acl: acls });
    return { topics: platformTopics().length, acls: acls.length };
  } finally {
    await client.disconnect();
  }
}

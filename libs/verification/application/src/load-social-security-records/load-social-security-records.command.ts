import { Injectable } from '@nestjs/common';
import { VerificationPrisma } from '@zc/verification/data-access';
import type { LoadSocialSecurityRecordsRequest } from './load-social-security-records.request';

@Injectable()
export class LoadSocialSecurityRecordsCommand {
  constructor(private readonly prisma: VerificationPrisma) {}

  /** Stores a batch of feed records; records already held are left as they are. */
  async execute({ batchId, records }: LoadSocialSecurityRecordsRequest) {
    const { count } = await this.prisma.socialSecurityRecord.createMany({
      data: records.map((record) => ({ ...record, batchId })),
      skipDuplicates: true,
    });
    return { batchId, received: records.length, stored: count, alreadyHeld: records.length - count };
  }
}

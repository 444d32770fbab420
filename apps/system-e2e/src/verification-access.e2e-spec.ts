import { describeAccessTable } from './support/access-table';
import { VERIFICATION_ACCESS, verificationFixtures } from './support/verification-access';

describeAccessTable(VERIFICATION_ACCESS, verificationFixtures);

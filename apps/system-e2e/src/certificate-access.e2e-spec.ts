import { describeAccessTable } from './support/access-table';
import { CERTIFICATE_ACCESS, certificateFixtures } from './support/certificate-access';

describeAccessTable(CERTIFICATE_ACCESS, certificateFixtures);

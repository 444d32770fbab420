import { describeAccessTable } from './support/access-table';
import { COMMITTEE_ACCESS, committeeFixtures } from './support/committee-access';

describeAccessTable(COMMITTEE_ACCESS, committeeFixtures);

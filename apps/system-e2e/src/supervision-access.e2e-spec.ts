import { describeAccessTable } from './support/access-table';
import { SUPERVISION_ACCESS, supervisionFixtures } from './support/supervision-access';

describeAccessTable(SUPERVISION_ACCESS, supervisionFixtures);

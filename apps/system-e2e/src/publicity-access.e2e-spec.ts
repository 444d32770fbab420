import { describeAccessTable } from './support/access-table';
import { PUBLICITY_ACCESS, publicityFixtures } from './support/publicity-access';

// Windows stay open for the whole file: objections are filed to them.
describeAccessTable(PUBLICITY_ACCESS, publicityFixtures, { PUBLICITY_WINDOW_MS: '600000' });

import { FEED_SOURCES, FeedRecordSchemas } from '@zc/contracts';
import { FEED_DEFINITIONS } from './feed-sources';

const idNumber = '11010519491231002X';
const samples = {
  'social-security': [
    { idNumber, employerCreditCode: '91440300708461136T', month: '2023-06' },
    { idNumber, employerCreditCode: '91440300708461136T', month: '2023-13' },
    { idNumber: '1101', employerCreditCode: '91440300708461136T', month: '2023-06' },
  ],
  'continuing-education': [
    { idNumber, year: 2022, courseCode: 'C-1', provider: '基地, 滨海', hours: 12.5 },
    { idNumber, year: '2022', courseCode: 'C-1', provider: 'p', hours: '90' },
    { idNumber, year: 2022, courseCode: 'C-1', provider: 'p', hours: 12.55 },
    { idNumber, year: 22, courseCode: 'C-1', provider: 'p', hours: 1 },
  ],
  degree: [
    { idNumber, certificateNumber: '100561201205000123', degree: 'master', institution: '南开大学', major: '化学', graduatedOn: '2015-06-30', studyMode: 'part-time' },
    { idNumber, certificateNumber: '100561201205000123', degree: 'phd', institution: '南开大学', major: '化学', graduatedOn: '2015-06-30', studyMode: 'part-time' },
    { idNumber, certificateNumber: '100561201205000123', degree: 'master', institution: '南开大学', major: '化学', graduatedOn: '2015-6-30', studyMode: 'full-time' },
  ],
} as const;

describe('feed records: what verification takes is what the agencies are told (libs/contracts)', () => {
  it.each(FEED_SOURCES)('%s: the validator and the published schema agree', (source) => {
    for (const sample of samples[source]) {
      expect({ sample, ok: FEED_DEFINITIONS[source].validate(sample).ok }).toEqual({ sample, ok: FeedRecordSchemas[source].safeParse(sample).success });
    }
  });

  it.each(FEED_SOURCES)('%s: the table columns are the published fields', (source) => {
    expect(FEED_DEFINITIONS[source].columns.map((c) => c.name).sort()).toEqual(Object.keys(FeedRecordSchemas[source].shape).sort());
  });
});

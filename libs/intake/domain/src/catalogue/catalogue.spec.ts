import { catalogueSchema, type Catalogue } from './catalogue.schema';
import { committeesFor } from './committee-routing';
import { SEED_CATALOGUE, SERIES_NAMED_BY_REGION } from './seed-catalogue';

const series = (code: string) => SEED_CATALOGUE.series.find((candidate) => candidate.code === code);
const committee = (id: string) => SEED_CATALOGUE.committees.find((candidate) => candidate.id === id);

describe('seed catalogue', () => {
  it('parses unchanged', () => {
    const result = catalogueSchema.safeParse(SEED_CATALOGUE);
    expect(result.error?.issues).toBeUndefined();
    expect(result.data).toEqual(SEED_CATALOGUE);
  });

  it('refers only to series, specialties and levels that exist', () => {
    for (const entry of SEED_CATALOGUE.committees) {
      const target = series(entry.series);
      expect(target).toBeDefined();
      expect(entry.levels.filter((level) => !target!.levels.includes(level))).toEqual([]);
      if (!entry.specialties.includes('*')) {
        expect(entry.specialties.filter((code) => !target!.specialties.some((specialty) => specialty.code === code))).toEqual([]);
      }
    }
    for (const codes of Object.values(SERIES_NAMED_BY_REGION)) {
      expect(codes.filter((code) => !series(code))).toEqual([]);
    }
  });

  it('names titles only for levels the series offers', () => {
    for (const entry of SEED_CATALOGUE.series) {
      const named = [entry.titles, ...entry.specialties.map((specialty) => specialty.titles)].flatMap((titles) => Object.keys(titles ?? {}));
      expect({ series: entry.code, outside: named.filter((level) => !(entry.levels as string[]).includes(level)) }).toEqual({ series: entry.code, outside: [] });
    }
  });

  it('has the four specialties of the 001 committee in the engineering series', () => {
    const engineering = series('engineering')!;
    expect(engineering.name).toBe('工程技术');
    expect(engineering.levels).toEqual(['primary', 'intermediate', 'deputy-senior', 'senior']);
    expect(engineering.specialties).toEqual(
      expect.arrayContaining([
        { code: 'quality', name: '质量' },
        { code: 'metrology', name: '计量' },
        { code: 'standardisation', name: '标准化' },
        { code: 'drug-inspection', name: '药品检验' },
      ]),
    );
  });

  it('has the 001 committee, named by the notice, with its organising unit and scope', () => {
    expect(committee('tianjin-engineering-quality-metrology')).toEqual({
      id: 'tianjin-engineering-quality-metrology',
      name: '天津市工程技术系列质量、计量、标准化、药品检验专业职称评审委员会',
      region: 'tianjin',
      organisingUnit: '天津市市场监督管理委员会',
      type: 'socialised',
      series: 'engineering',
      specialties: ['quality', 'metrology', 'standardisation', 'drug-inspection'],
      levels: ['intermediate', 'deputy-senior'],
      assumed: false,
    });
  });

  it('marks exactly the series 000 §1(2) and 004 §1 open to high-skill talent (R-CM-3)', () => {
    const open = SEED_CATALOGUE.series.filter((entry) => entry.openToHighSkill).map((entry) => entry.code);
    expect(open.sort()).toEqual(
      ['engineering', 'agriculture', 'arts-and-crafts', 'cultural-relics', 'experimental-technology', 'art', 'sports', 'technical-school-teachers'].sort(),
    );
  });

  it('marks the exam-plus-review series (R-EL-7)', () => {
    const exam = SEED_CATALOGUE.series.filter((entry) => entry.examPlusReview).map((entry) => entry.code);
    expect(exam.sort()).toEqual(['accounting', 'auditing', 'economics', 'social-work', 'statistics']);
  });

  it('keeps Chinese names for series and lowercase kebab codes', () => {
    expect(series('primary-secondary-teachers')?.name).toBe('中小学教师');
    expect(series('health')?.name).toBe('卫生技术');
    for (const entry of SEED_CATALOGUE.series) expect(entry.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('marks every committee no notice names as assumed', () => {
    const named = SEED_CATALOGUE.committees.filter((entry) => !entry.assumed).map((entry) => entry.id);
    expect(named).toEqual(['tianjin-engineering-quality-metrology']);
  });

  it('has a committee for every series a region’s notice names', () => {
    for (const [region, codes] of Object.entries(SERIES_NAMED_BY_REGION)) {
      for (const code of codes) {
        expect([region, code, SEED_CATALOGUE.committees.some((entry) => entry.region === region && entry.series === code)]).toEqual([region, code, true]);
      }
    }
  });
});

describe('committeesFor', () => {
  it('prefers the committee naming the specialty over one covering all', () => {
    const found = committeesFor(SEED_CATALOGUE, { region: 'tianjin', series: 'engineering', specialty: 'metrology', level: 'deputy-senior' });
    expect(found.map((entry) => entry.id)).toEqual(['tianjin-engineering-quality-metrology', 'tianjin-engineering']);
  });

  it('skips a committee that does not review the level', () => {
    const found = committeesFor(SEED_CATALOGUE, { region: 'tianjin', series: 'engineering', specialty: 'metrology', level: 'senior' });
    expect(found.map((entry) => entry.id)).toEqual(['tianjin-engineering']);
  });

  it('routes Jilin school teachers by level: regional alliance below 正高级, the province for 正高级', () => {
    const below = committeesFor(SEED_CATALOGUE, { region: 'jilin', series: 'primary-secondary-teachers', specialty: 'preschool', level: 'deputy-senior' });
    const top = committeesFor(SEED_CATALOGUE, { region: 'jilin', series: 'primary-secondary-teachers', specialty: 'preschool', level: 'senior' });
    expect(below.map((entry) => [entry.id, entry.type])).toEqual([['jilin-primary-secondary-teachers-regional', 'joint']]);
    expect(top.map((entry) => entry.id)).toEqual(['jilin-primary-secondary-teachers-senior']);
  });

  it('finds nothing in another region (an entrustment letter is then needed, R-EL-8)', () => {
    expect(committeesFor(SEED_CATALOGUE, { region: 'jilin', series: 'lawyers', specialty: 'x', level: 'intermediate' })).toEqual([]);
  });
});

describe('catalogue schema', () => {
  const base: Catalogue = {
    series: [{ code: 'engineering', name: '工程技术', levels: ['intermediate'], examPlusReview: false, openToHighSkill: true, specialties: [{ code: 'metrology', name: '计量' }] }],
    committees: [],
  };
  const committee = { id: 'c', name: '评委会', region: 'tianjin', organisingUnit: '单位', type: 'socialised', series: 'engineering', specialties: ['*'], levels: ['intermediate'] };

  it('rejects a committee of an unknown series, specialty or level', () => {
    expect(catalogueSchema.safeParse({ ...base, committees: [{ ...committee, series: 'health' }] }).success).toBe(false);
    expect(catalogueSchema.safeParse({ ...base, committees: [{ ...committee, specialties: ['quality'] }] }).success).toBe(false);
    expect(catalogueSchema.safeParse({ ...base, committees: [{ ...committee, levels: ['senior'] }] }).success).toBe(false);
    expect(catalogueSchema.safeParse({ ...base, committees: [{ ...committee, specialties: ['*', 'metrology'] }] }).success).toBe(false);
  });

  it('rejects duplicate codes and ids, and non-kebab codes', () => {
    expect(catalogueSchema.safeParse({ ...base, series: [...base.series, ...base.series] }).success).toBe(false);
    expect(catalogueSchema.safeParse({ ...base, committees: [committee, committee] }).success).toBe(false);
    expect(catalogueSchema.safeParse({ ...base, series: [{ ...base.series[0]!, code: 'Engineering' }] }).success).toBe(false);
  });

  it('defaults assumed to false', () => {
    expect(catalogueSchema.parse({ ...base, committees: [committee] }).committees[0]!.assumed).toBe(false);
  });
});

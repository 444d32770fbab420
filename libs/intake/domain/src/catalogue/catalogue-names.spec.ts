import { catalogueSchema } from './catalogue.schema';
import { catalogueNames } from './catalogue-names';
import { SEED_CATALOGUE } from './seed-catalogue';

describe('catalogue names', () => {
  it('gives the Chinese names of a series and specialty', () => {
    expect(catalogueNames(SEED_CATALOGUE, 'engineering', 'metrology')).toEqual({ seriesName: '工程技术', specialtyName: '计量' });
  });

  it('gives the title a level confers (000 §1(3), 003 §2(1))', () => {
    expect(catalogueNames(SEED_CATALOGUE, 'engineering', 'metrology', 'primary').titleName).toBe('助理工程师');
    expect(catalogueNames(SEED_CATALOGUE, 'engineering', 'metrology', 'intermediate').titleName).toBe('工程师');
    expect(catalogueNames(SEED_CATALOGUE, 'engineering', 'quality', 'deputy-senior').titleName).toBe('高级工程师');
    expect(catalogueNames(SEED_CATALOGUE, 'higher-education-teachers', 'counsellor', 'deputy-senior').titleName).toBe('副教授');
  });

  it('names no title where the level has no single name, nor for a series it does not name', () => {
    // 初级 of school teachers is 三级 or 二级教师.
    expect(catalogueNames(SEED_CATALOGUE, 'primary-secondary-teachers', 'preschool', 'primary')).toEqual({ seriesName: '中小学教师', specialtyName: '学前教育' });
    expect(catalogueNames(SEED_CATALOGUE, 'health', 'grassroots-health', 'intermediate').titleName).toBeUndefined();
  });

  it("prefers a specialty's own titles to its series'", () => {
    const catalogue = catalogueSchema.parse({
      ...SEED_CATALOGUE,
      series: [{ code: 'health', name: '卫生技术', levels: ['intermediate'], examPlusReview: false, openToHighSkill: false, titles: { intermediate: '主管技师' }, specialties: [{ code: 'nursing', name: '护理', titles: { intermediate: '主管护师' } }] }],
      committees: [],
    });
    expect(catalogueNames(catalogue, 'health', 'nursing', 'intermediate').titleName).toBe('主管护师');
    expect(catalogueNames(catalogue, 'health', 'other', 'intermediate').titleName).toBe('主管技师');
  });

  it('falls back to the codes the catalogue does not name', () => {
    expect(catalogueNames(SEED_CATALOGUE, 'engineering', 'unlisted')).toEqual({ seriesName: '工程技术', specialtyName: 'unlisted' });
    expect(catalogueNames(SEED_CATALOGUE, 'no-such-series', 'x', 'senior')).toEqual({ seriesName: 'no-such-series', specialtyName: 'x' });
  });
});

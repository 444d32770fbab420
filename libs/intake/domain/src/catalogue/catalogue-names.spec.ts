import { catalogueNames } from './catalogue-names';
import { SEED_CATALOGUE } from './seed-catalogue';

describe('catalogue names', () => {
  it('gives the Chinese names of a series and specialty', () => {
    expect(catalogueNames(SEED_CATALOGUE, 'engineering', 'metrology')).toEqual({ seriesName: '工程技术', specialtyName: '计量' });
  });

  it('falls back to the codes the catalogue does not name', () => {
    expect(catalogueNames(SEED_CATALOGUE, 'engineering', 'unlisted')).toEqual({ seriesName: '工程技术', specialtyName: 'unlisted' });
    expect(catalogueNames(SEED_CATALOGUE, 'no-such-series', 'x')).toEqual({ seriesName: 'no-such-series', specialtyName: 'x' });
  });
});

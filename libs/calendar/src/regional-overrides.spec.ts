import { indexRegionalOverrides } from './regional-overrides';

describe('regional override table', () => {
  // Division codes as region keys; the dates are illustrative, not the regions' real notices.
  it('indexes each region’s local holidays and workdays', () => {
    const regions = indexRegionalOverrides([
      { region: '450000', extraHolidays: ['2024-04-11', '2024-04-12'] },
      { region: '540000', extraHolidays: ['2024-02-19'], extraWorkdays: ['2024-02-24'] },
    ]);
    expect([...regions.get('450000')!.holidays]).toEqual(['2024-04-11', '2024-04-12']);
    expect([...regions.get('450000')!.workdays]).toEqual([]);
    expect([...regions.get('540000')!.workdays]).toEqual(['2024-02-24']);
  });

  it('refuses a malformed table instead of letting a bad row silently never match', () => {
    expect(() => indexRegionalOverrides([{ region: '450000', extraHolidays: ['2024-4-11'] }])).toThrow(RangeError);
    expect(() => indexRegionalOverrides([{ region: ' ', extraHolidays: [] }])).toThrow('needs a region');
    expect(() =>
      indexRegionalOverrides([
        { region: '450000', extraHolidays: ['2024-04-11'] },
        { region: '450000', extraHolidays: ['2024-04-12'] },
      ]),
    ).toThrow('Region "450000" has more than one override');
    expect(() => indexRegionalOverrides([{ region: '450000', extraHolidays: ['2024-04-11'], extraWorkdays: ['2024-04-11'] }])).toThrow(
      'Region "450000" declares 2024-04-11 both a holiday and a workday',
    );
  });
});

import { matchesFilters, matchesSubscription, subscriptionFiltersSchema, type FindingFacts, type SubscriptionFilters } from './subscription-filters';

const finding: FindingFacts = { ruleId: 'R-CM-8', severity: 'high', region: 'tianjin', committee: 'TJ-ENG-1', series: 'engineering' };

describe('subscription filters', () => {
  it('accepts each list and leaves out what is not given', () => {
    expect(subscriptionFiltersSchema.parse({})).toEqual({});
    expect(subscriptionFiltersSchema.parse({ committees: ['TJ-ENG-1'], severities: ['high', 'critical'] })).toEqual({ committees: ['TJ-ENG-1'], severities: ['high', 'critical'] });
  });

  it.each([
    [{ committees: [] }, 'committees'],
    [{ ruleIds: Array.from({ length: 51 }, (_, i) => `R-${i}`) }, 'ruleIds'],
    [{ severities: ['urgent'] }, 'severities.0'],
    [{ series: [' '] }, 'series.0'],
    [{ region: 'beijing' }, ''],
    [{ committees: 'TJ-ENG-1' }, 'committees'],
  ])('refuses %j naming %s', (filters, field) => {
    const result = subscriptionFiltersSchema.safeParse(filters);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path.join('.')).toBe(field);
  });

  it('matches everything in the region when no list is given', () => {
    expect(matchesSubscription(finding, { region: 'tianjin', filters: {} })).toBe(true);
  });

  it('never matches another region, or a finding of no known region', () => {
    expect(matchesSubscription(finding, { region: 'beijing', filters: {} })).toBe(false);
    expect(matchesSubscription({ ...finding, region: null }, { region: 'tianjin', filters: {} })).toBe(false);
  });

  it.each<[SubscriptionFilters, boolean]>([
    [{ committees: ['TJ-ENG-1', 'TJ-ENG-2'] }, true],
    [{ committees: ['TJ-ENG-2'] }, false],
    [{ series: ['engineering'] }, true],
    [{ series: ['health'] }, false],
    [{ ruleIds: ['R-CM-8'] }, true],
    [{ ruleIds: ['R-CM-2'] }, false],
    [{ severities: ['high'] }, true],
    [{ severities: ['low', 'medium'] }, false],
    [{ committees: ['TJ-ENG-1'], severities: ['critical'] }, false],
  ])('needs every list given to contain the finding: %j → %s', (filters, expected) => {
    expect(matchesSubscription(finding, { region: 'tianjin', filters })).toBe(expected);
  });

  it('does not match a list against a value the finding lacks', () => {
    expect(matchesFilters({ ...finding, committee: null }, { committees: ['TJ-ENG-1'] })).toBe(false);
    expect(matchesFilters({ ...finding, committee: null }, {})).toBe(true);
  });
});

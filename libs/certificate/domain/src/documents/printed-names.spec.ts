import { channelName, levelName, regionName } from './printed-names';

describe('names printed on certificates and forms', () => {
  it.each([
    ['primary', '初级'],
    ['intermediate', '中级'],
    ['deputy-senior', '副高级'],
    ['senior', '正高级'],
    ['assistant', 'assistant'],
    ['toString', 'toString'],
  ])('level %p → %p', (level, name) => expect(levelName(level)).toBe(name));

  it.each([
    ['normal', '正常申报'],
    ['exceptional', '破格'],
    ['direct-vocational', '直评/贯通'],
    ['early-graduate', '提前'],
    ['grassroots-3010', '基层"3010"'],
    ['directed', '定向'],
    ['other', 'other'],
  ])('channel %p → %p', (channel, name) => expect(channelName(channel)).toBe(name));

  it.each([
    ['jilin', '吉林省'],
    ['tianjin', '天津市'],
    ['beijing', '北京市'],
    ['testland', 'testland'],
  ])('region %p → %p', (region, name) => expect(regionName(region)).toBe(name));
});

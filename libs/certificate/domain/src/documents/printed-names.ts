/** Chinese names of the title levels, as printed on certificates and forms. */
const LEVEL_NAMES: ReadonlyMap<string, string> = new Map([
  ['primary', '初级'],
  ['intermediate', '中级'],
  ['deputy-senior', '副高级'],
  ['senior', '正高级'],
]);

/** Chinese labels of the declaration channels. */
const CHANNEL_NAMES: ReadonlyMap<string, string> = new Map([
  ['normal', '正常申报'],
  ['exceptional', '破格'],
  ['direct-vocational', '直评/贯通'],
  ['early-graduate', '提前'],
  ['grassroots-3010', '基层"3010"'],
  ['directed', '定向'],
]);

/** The regions the seeded plans cover, by their administrative names. */
const REGION_NAMES: ReadonlyMap<string, string> = new Map([
  ['beijing', '北京市'],
  ['tianjin', '天津市'],
  ['jilin', '吉林省'],
]);

/** `jilin` → 吉林省; a region it does not know is printed as given. */
export function regionName(region: string): string {
  return REGION_NAMES.get(region) ?? region;
}

/** `deputy-senior` → 副高级; a level it does not know is printed as given. */
export function levelName(level: string): string {
  return LEVEL_NAMES.get(level) ?? level;
}

/** `exceptional` → 破格; a channel it does not know is printed as given. */
export function channelName(channel: string): string {
  return CHANNEL_NAMES.get(channel) ?? channel;
}

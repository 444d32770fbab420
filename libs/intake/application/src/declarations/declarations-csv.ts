/** The columns an office exports, in order; the header is bilingual for the office's spreadsheet. */
export const CSV_COLUMNS = [
  ['id', '申报编号 id'],
  ['applicantName', '姓名 name'],
  ['idNumber', '身份证号 identity number'],
  ['employerCreditCode', '统一社会信用代码 employer'],
  ['department', '主管部门 department'],
  ['series', '系列 series'],
  ['specialty', '专业 specialty'],
  ['level', '层级 level'],
  ['region', '地区 region'],
  ['channel', '渠道 channel'],
  ['status', '状态 status'],
  ['committee', '评委会 committee'],
  ['submittedAt', '提交时间 submitted at'],
] as const;

export type CsvRow = Record<(typeof CSV_COLUMNS)[number][0], unknown>;

/**
 * RFC 4180 quoting; a leading =, +, - or @, or a tab or carriage return (which spreadsheets skip
 * before reading the rest as a formula), is neutralised so a spreadsheet never runs a cell (OWASP CSV injection).
 */
export function csvCell(value: unknown): string {
  let text = value instanceof Date ? value.toISOString() : value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: unknown[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

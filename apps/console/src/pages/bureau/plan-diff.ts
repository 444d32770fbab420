/** One difference between two versions of a plan document, at a dotted path (`stages.meetings.closes`, `channels.normal`). */
export interface PlanChange {
  path: string;
  kind: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What changed from one plan version to the next, leaf by leaf: objects are walked key by key
 * (in sorted order, so the list reads the same however the JSON was stored); arrays of plain
 * values are compared whole, arrays of objects item by item (`rules[2].years`). Pure, so the
 * console's unit spec checks it without a browser.
 */
export function diffPlans(before: unknown, after: unknown, path = ''): PlanChange[] {
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((key) => {
      const at = path ? `${path}.${key}` : key;
      if (!(key in before)) return [{ path: at, kind: 'added' as const, after: after[key] }];
      if (!(key in after)) return [{ path: at, kind: 'removed' as const, before: before[key] }];
      return diffPlans(before[key], after[key], at);
    });
  }
  if (Array.isArray(before) && Array.isArray(after) && [...before, ...after].some(isObject)) {
    return Array.from({ length: Math.max(before.length, after.length) }, (_, i) => {
      const at = `${path}[${i}]`;
      if (i >= before.length) return [{ path: at, kind: 'added' as const, after: after[i] }];
      if (i >= after.length) return [{ path: at, kind: 'removed' as const, before: before[i] }];
      return diffPlans(before[i], after[i], at);
    }).flat();
  }
  return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ path: path || '(document)', kind: 'changed', before, after }];
}

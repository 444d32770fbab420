/** A calendar date `days` later (or earlier), as the services count days: ISO dates, no time of day. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

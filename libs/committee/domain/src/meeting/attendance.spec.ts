import { seatPanels } from './attendance';

const panel = { specialty: 'metrology', members: ['m1', 'm2', 'm3', 'm4', 'm5', 'm6'], substitutes: ['s1', 's2'] };
const rule = { share: 2 / 3 };

describe('seating a meeting', () => {
  it('seats the members present and substitutes for the absent, in draw order', () => {
    expect(seatPanels([panel], ['m1', 'm2', 'm3', 'm4', 's2', 's1'], rule)).toEqual({ ok: true, sitting: [{ specialty: 'metrology', members: ['m1', 'm2', 'm3', 'm4', 's1', 's2'] }] });
    expect(seatPanels([panel], ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 's1'], rule)).toEqual({ ok: true, sitting: [{ specialty: 'metrology', members: panel.members }] });
  });

  it('refuses a meeting without its quorum', () => {
    expect(seatPanels([panel], ['m1', 'm2', 'm3'], rule)).toMatchObject({ ok: false, ruleId: 'R-CM-7', reason: expect.stringContaining('3 of 6 members') });
    expect(seatPanels([panel], ['m1', 'm2', 'm3', 's1'], rule).ok).toBe(true);
  });

  it('seats nobody who was not drawn', () => {
    expect(seatPanels([panel], ['m1', 'm2', 'm3', 'm4', 'x9'], rule)).toMatchObject({ ok: false, reason: 'expert x9 was not drawn for this meeting' });
  });
});

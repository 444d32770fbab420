import { apiErrorOf, unwrap } from './api-error';

describe('refusals of the services, as the console shows them', () => {
  it('keeps the rule id and the reason of a domain refusal', () => {
    const error = apiErrorOf(409, { statusCode: 409, error: 'Conflict', ruleId: 'R-DC-4', message: 'the correction window has closed' });
    expect({ status: error.status, ruleId: error.ruleId, message: error.message, issues: error.issues }).toEqual({ status: 409, ruleId: 'R-DC-4', message: 'the correction window has closed', issues: [] });
  });

  it('names every field of a validation refusal', () => {
    const error = apiErrorOf(400, { statusCode: 400, message: 'Validation failed', issues: [{ field: 'evidence', reason: 'give objective evidence' }] });
    expect(error.issues).toEqual([{ field: 'evidence', reason: 'give objective evidence' }]);
  });

  it('lists each rule a submission refused, with its rule id and both languages', () => {
    const error = apiErrorOf(422, { message: 'the declaration does not meet the rules', refusals: [{ ruleId: 'R-RV-6', field: 'materials.0.parts', reason: { zh: '缺少正文', en: 'lacks full-text' } }] });
    expect(error.issues).toEqual([{ field: 'materials.0.parts', reason: 'R-RV-6 缺少正文 (lacks full-text)' }]);
  });

  it('finds a rule id quoted in the message, and survives bodies that are not ours', () => {
    expect(apiErrorOf(403, { message: 'R-SC-2: the plan is not published' }).ruleId).toBe('R-SC-2');
    expect(apiErrorOf(502, undefined).message).toBe('HTTP 502');
    expect(apiErrorOf(400, { message: ['a', 'b'] }).message).toBe('a; b');
  });

  it('unwraps data on success and throws the refusal otherwise', async () => {
    await expect(unwrap(Promise.resolve({ data: { id: 1 }, response: new Response(null, { status: 200 }) }))).resolves.toEqual({ id: 1 });
    await expect(unwrap(Promise.resolve({ error: { message: 'no' }, response: new Response(null, { status: 404 }) }))).rejects.toMatchObject({ status: 404, message: 'no' });
  });
});

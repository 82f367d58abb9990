import { describe, expect, it } from 'vitest';
import { decide, missingAnswerMessage, questions, type Answers } from '@/lib/selfcheck';
import { maxFormBytes, questionFields, readPostedForm } from '@/lib/selfcheck/form-post';
import { answersFrom, stepAfter } from '@/lib/selfcheck/stepper';
import { checkSubmission } from '@/lib/selfcheck/submission';
import { allNo, ids } from './helpers';

const last = questions.length - 1;

describe('answersFrom', () => {
  it('keeps valid single answers and drops everything else', () => {
    const form = new URLSearchParams('safety-now=no&unsafe-home=yes&unsafe-home=no&daily-care-team=maybe&other=yes');
    expect(answersFrom(form)).toEqual({ 'safety-now': 'no' });
  });
});

describe('stepAfter', () => {
  it('asks for an answer when the current question has none', () => {
    expect(stepAfter({}, 0)).toEqual({
      kind: 'missing',
      error: { questionId: 'safety-now', message: missingAnswerMessage('safety-now') },
    });
  });

  it('goes to the next question after a "no"', () => {
    expect(stepAfter({ 'safety-now': 'no' }, 0)).toEqual({ kind: 'question', index: 1 });
  });

  it('stops at once with the emergency result on question 1 or 2', () => {
    for (const answer of ['yes', 'not-sure'] as const) {
      const first = stepAfter({ 'safety-now': answer }, 0);
      expect(first.kind === 'result' && first.result.tier).toBe('emergency');
      const second = stepAfter({ 'safety-now': 'no', 'withdrawal-overdose-now': answer }, 1);
      expect(second.kind === 'result' && second.result.tier).toBe('emergency');
    }
  });

  it('gives the same result as decide after the last question', () => {
    const answers = allNo({ 'weekly-not-enough': 'yes' });
    expect(stepAfter(answers, last)).toEqual({ kind: 'result', result: decide(answers) });
  });

  it('ignores answers to later questions (kept from going back) until they are reached', () => {
    const answers: Answers = allNo({ 'need-more-support': 'yes' });
    expect(stepAfter(answers, 2)).toEqual({ kind: 'question', index: 3 });
  });

  it('stops on an emergency answer changed after going back, whatever comes later', () => {
    const outcome = stepAfter(allNo({ 'safety-now': 'yes' }), 0);
    expect(outcome.kind === 'result' && outcome.result.reasons).toEqual(decide({ 'safety-now': 'yes' }).reasons);
  });
});

describe('checkSubmission', () => {
  it('gives the result for a complete form', () => {
    const form = new URLSearchParams(allNo({ 'daily-care-team': 'not-sure' }) as Record<string, string>);
    const state = checkSubmission(form);
    expect(state.status === 'result' && state.result.tier).toBe('php');
  });

  it('gives the emergency result for question 1 alone', () => {
    const state = checkSubmission(new URLSearchParams('safety-now=yes'));
    expect(state.status === 'result' && state.result.tier).toBe('emergency');
  });

  it('lists every missing answer and keeps the answers given', () => {
    const state = checkSubmission(new URLSearchParams('safety-now=no&unsafe-home=yes'));
    expect(state.status).toBe('invalid');
    if (state.status !== 'invalid') return;
    expect(state.answers).toEqual({ 'safety-now': 'no', 'unsafe-home': 'yes' });
    expect(state.errors.map((e) => e.questionId)).toEqual(ids.filter((id) => id !== 'safety-now' && id !== 'unsafe-home'));
  });

  it('never throws, whatever it is given', () => {
    const throwing = { getAll: () => { throw new Error('boom'); } };
    for (const input of [null, undefined, 42, 'safety-now=yes', {}, [], throwing, new URLSearchParams('safety-now=yes&safety-now=no')]) {
      const state = checkSubmission(input);
      expect(state.status).toBe('invalid');
    }
  });
});

describe('readPostedForm', () => {
  const post = (body: BodyInit | null, contentType?: string) =>
    readPostedForm(new Request('http://localhost/is-iop-right-for-me', { method: 'POST', body, headers: contentType ? { 'content-type': contentType } : {} }));

  it('passes on only the question fields of a urlencoded form', async () => {
    const result = await post('safety-now=yes&%24ACTION_ID_x=1&other=2', 'application/x-www-form-urlencoded');
    expect(result).toEqual({ ok: true, fields: 'safety-now=yes' });
  });

  it('reads multipart forms, and marks files as invalid answers', async () => {
    const form = new FormData();
    form.append('safety-now', 'no');
    form.append('unsafe-home', new Blob(['yes']), 'answer.txt');
    expect(await post(form)).toEqual({ ok: true, fields: 'safety-now=no&unsafe-home=invalid' });
  });

  it('treats a broken or unexpected body as an empty form', async () => {
    expect(await post('--xyz\r\ngarbage', 'multipart/form-data; boundary=xyz')).toEqual({ ok: true, fields: '' });
    expect(await post('{"safety-now":"yes"}', 'application/json')).toEqual({ ok: true, fields: '' });
    expect(await post(null)).toEqual({ ok: true, fields: '' });
  });

  it('refuses a body over the limit with 413', async () => {
    expect(await post('a'.repeat(maxFormBytes + 1), 'application/x-www-form-urlencoded')).toEqual({ ok: false, status: 413 });
  });

  it('keeps a repeated field repeated (so it stays an error) and cuts long values short', () => {
    const fields = questionFields(new URLSearchParams(`safety-now=yes&safety-now=no&safety-now=yes&unsafe-home=${'y'.repeat(100)}`));
    const parsed = new URLSearchParams(fields);
    expect(parsed.getAll('safety-now')).toEqual(['yes', 'no']);
    expect(parsed.get('unsafe-home')).toHaveLength(16);
    expect(checkSubmission(parsed).status).toBe('invalid');
  });
});

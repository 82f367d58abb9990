import { describe, expect, it } from 'vitest';
import { decide, type Result } from '@/lib/selfcheck/decide';
import { questionById, questions, type Answers } from '@/lib/selfcheck/questions';
import { missingAnswerMessage } from '@/lib/selfcheck/schema';
import { maxFormBytes, questionFields, readPostedForm } from '@/lib/selfcheck/form-post';
import { questionRules } from '@/lib/selfcheck/questions';
import { answersFrom, audienceOf } from '@/lib/selfcheck/rules';
import { reviewFrom, stepAfter as stepIn, type FormError, type StepOutcome } from '@/lib/selfcheck/stepper';
import { checkSubmission } from '@/lib/selfcheck/submission';
import { allNo } from './helpers';

const last = questions.length - 1;

/**
 * The browser's stepper as the reader meets it: it runs on the questions without their words, and
 * shows the server-rendered message for a missing answer and the result decided on the answers.
 */
function stepAfter(
  answers: Answers,
  index: number,
  returning = false,
):
  | Exclude<StepOutcome, { kind: 'missing' | 'result' }>
  | { kind: 'missing'; error: FormError }
  | { kind: 'result'; result: Result } {
  const outcome: StepOutcome = stepIn(questionRules, answers, index, returning);
  if (outcome.kind === 'missing') {
    return {
      kind: 'missing',
      error: {
        questionId: outcome.questionId,
        message: missingAnswerMessage(questionById(outcome.questionId), audienceOf(answers), outcome.problem),
      },
    };
  }
  return outcome.kind === 'result' ? { kind: 'result', result: decide(outcome.answers) } : outcome;
}
const form = (answers: Answers, extra: Record<string, string> = {}) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(answers)) for (const v of [value].flat()) params.append(key, String(v));
  for (const [key, value] of Object.entries(extra)) params.append(key, value);
  return params;
};

describe('answersFrom', () => {
  it('keeps valid single answers and every safety-list value, and drops everything else', () => {
    const params = new URLSearchParams(
      'for=other&suicide=none&suicide=thoughts&unsafe-home=yes&unsafe-home=no&daily-doctor=maybe&other=yes',
    );
    expect(answersFrom(questionRules, params)).toEqual({ for: 'other', suicide: ['none', 'thoughts'] });
  });
});

describe('stepAfter (with JavaScript)', () => {
  it("asks for an answer when the current question has none, in the reader's words", () => {
    expect(stepAfter({}, 0)).toEqual({
      kind: 'missing',
      error: { questionId: 'for', message: 'Select who you are answering for' },
    });
    expect(stepAfter({ for: 'other', suicide: ['none'] }, 2)).toEqual({
      kind: 'missing',
      error: {
        questionId: 'danger',
        message: 'For danger signs right now: select any that are true, or select "No, none of these"',
      },
    });
  });

  it('goes to the next question after a valid answer', () => {
    expect(stepAfter({ for: 'self' }, 0)).toEqual({ kind: 'question', index: 1 });
    expect(stepAfter({ for: 'self', suicide: ['thoughts'] }, 1)).toEqual({ kind: 'question', index: 2 });
  });

  it('stops at once with the emergency result on an emergency item', () => {
    const first = stepAfter({ for: 'self', suicide: ['attempt'] }, 1);
    expect(first.kind === 'result' && first.result.tier).toBe('emergency');
    const second = stepAfter({ for: 'other', suicide: ['none'], danger: ['none', 'overdose'] }, 2);
    expect(second.kind === 'result' && second.result.crisisActions[0].href).toBe('tel:911');
    // Decided on the answers asked so far: later answers (kept from going back) are no reason.
    const early = stepIn(questionRules, allNo({ suicide: ['plan'], 'slip-back': 'yes' }), 1);
    expect(early).toEqual({ kind: 'result', answers: { for: 'self', suicide: ['plan'] } });
  });

  it('goes to "Check your answers" after the last question, not straight to the result', () => {
    expect(stepAfter(allNo({ 'slip-back': 'yes' }), last)).toEqual({ kind: 'check' });
  });

  it('after a "Change" link, goes back to "Check your answers", or to the first question still unanswered', () => {
    expect(stepAfter(allNo(), 5, true)).toEqual({ kind: 'check' });
    const partial = { for: 'self', suicide: ['none'] } as Answers;
    expect(stepAfter(partial, 0, true)).toEqual({ kind: 'question', index: 2 });
  });

  it('ignores answers to later questions (kept from going back) until they are reached', () => {
    expect(stepAfter(allNo({ danger: ['overdose'] }), 1)).toEqual({ kind: 'question', index: 2 });
  });

  it('"Change my answers" on a result goes to "Check your answers", or to the list that stopped the form', () => {
    expect(reviewFrom(questionRules, allNo())).toEqual({ kind: 'check' });
    expect(reviewFrom(questionRules, { for: 'self', suicide: ['none'], danger: ['voices'] })).toEqual({
      kind: 'question',
      index: 2,
    });
  });
});

describe('checkSubmission (without JavaScript)', () => {
  it('who -> questions -> check your answers -> result', () => {
    expect(checkSubmission(form({ for: 'other' }, { step: 'who' }))).toEqual({
      status: 'questions',
      answers: { for: 'other' },
      errors: [],
      focus: 'suicide',
    });
    const answers = allNo({ 'daily-doctor': 'not-sure' }, 'other');
    expect(checkSubmission(form(answers, { step: 'questions' }))).toEqual({ status: 'check', answers });
    const result = checkSubmission(form(answers, { step: 'result' }));
    expect(result).toEqual({ status: 'result', answers });
    expect(decide(result.answers).tier).toBe('php');
  });

  it('gives the emergency result at once for an emergency item, whatever the step', () => {
    for (const step of ['who', 'questions', 'result', 'review', 'nonsense']) {
      const state = checkSubmission(new URLSearchParams(`danger=overdose&step=${step}`));
      expect(state.status, step).toBe('result');
      expect(decide(state.answers).tier, step).toBe('emergency');
    }
  });

  it('a "Change" button opens that question with every answer kept; changing "who" opens the first page', () => {
    const answers = allNo({}, 'self');
    expect(checkSubmission(form(answers, { change: 'unsafe-home' }))).toEqual({
      status: 'questions',
      answers,
      errors: [],
      focus: 'unsafe-home',
    });
    expect(checkSubmission(form(answers, { change: 'for' }))).toEqual({ status: 'who', answers, errors: [] });
    // Back from "who" with every answer kept: straight to check your answers.
    expect(checkSubmission(form({ ...answers, for: 'other' }, { step: 'who' }))).toEqual({
      status: 'check',
      answers: { ...answers, for: 'other' },
    });
  });

  it('"Change my answers" on a result goes to check your answers', () => {
    expect(checkSubmission(form(allNo(), { step: 'review' })).status).toBe('check');
  });

  it('lists every missing answer and keeps the answers given', () => {
    const state = checkSubmission(new URLSearchParams('for=self&step=questions&suicide=none&unsafe-home=yes'));
    expect(state.status).toBe('questions');
    if (state.status !== 'questions') return;
    expect(state.answers).toEqual({ for: 'self', suicide: ['none'], 'unsafe-home': 'yes' });
    expect(state.errors.map((e) => e.questionId)).toEqual(
      questions.map((q) => q.id).filter((id) => !['for', 'suicide', 'unsafe-home'].includes(id)),
    );
  });

  it('asks who the answers are for when that is missing', () => {
    expect(checkSubmission(new URLSearchParams('step=questions&daily-alcohol=no'))).toEqual({
      status: 'who',
      answers: { 'daily-alcohol': 'no' },
      errors: [{ questionId: 'for', message: 'Select who you are answering for' }],
    });
  });

  it('never throws, whatever it is given', () => {
    const throwing = {
      getAll: () => {
        throw new Error('boom');
      },
    };
    for (const input of [
      null,
      undefined,
      42,
      'suicide=plan',
      {},
      [],
      throwing,
      new URLSearchParams('for=self&for=other'),
    ]) {
      const state = checkSubmission(input);
      expect(state.status).toBe('who');
    }
  });
});

describe('readPostedForm', () => {
  const post = (body: BodyInit | null, contentType?: string) =>
    readPostedForm(
      new Request('http://localhost/is-iop-right-for-me/answers', {
        method: 'POST',
        body,
        headers: contentType ? { 'content-type': contentType } : {},
      }),
    );

  it('passes on only the self-check fields of a urlencoded form', async () => {
    const result = await post(
      'for=self&suicide=plan&suicide=intent&step=questions&%24ACTION_ID_x=1&other=2',
      'application/x-www-form-urlencoded',
    );
    expect(result).toEqual({ ok: true, fields: 'for=self&suicide=plan&suicide=intent&step=questions' });
  });

  it('reads multipart forms, and marks files as invalid answers', async () => {
    const body = new FormData();
    body.append('for', 'self');
    body.append('unsafe-home', new Blob(['yes']), 'answer.txt');
    expect(await post(body)).toEqual({ ok: true, fields: 'for=self&unsafe-home=invalid' });
  });

  it('treats a broken or unexpected body as an empty form', async () => {
    expect(await post('--xyz\r\ngarbage', 'multipart/form-data; boundary=xyz')).toEqual({ ok: true, fields: '' });
    expect(await post('{"suicide":"plan"}', 'application/json')).toEqual({ ok: true, fields: '' });
    expect(await post(null)).toEqual({ ok: true, fields: '' });
  });

  it('refuses a body over the limit with 413', async () => {
    expect(await post('a'.repeat(maxFormBytes + 1), 'application/x-www-form-urlencoded')).toEqual({
      ok: false,
      status: 413,
    });
  });

  it('keeps a repeated field repeated (so it stays an error), every safety-list value, and cuts long values short', () => {
    const fields = questionFields(
      new URLSearchParams(`for=self&for=other&for=self&danger=none&danger=voices&unsafe-home=${'y'.repeat(100)}`),
    );
    const parsed = new URLSearchParams(fields);
    expect(parsed.getAll('for')).toEqual(['self', 'other']);
    expect(parsed.getAll('danger')).toEqual(['none', 'voices']);
    expect(parsed.get('unsafe-home')).toHaveLength(32);
    expect(checkSubmission(parsed).status).toBe('result');
  });
});

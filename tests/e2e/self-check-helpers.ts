// Shared by the self-check and quick exit browser tests: plans of answers, filling them in with and
// without JavaScript, and the neutral page the quick exit leaves to (answered locally).
import { expect, type Page } from '@playwright/test';
import { signSets, yesNoQuestions } from '../../lib/selfcheck/questions';

export const selfCheckPath = '/is-iop-right-for-me';
/** Where the form posts (the empty self-check itself is prerendered). */
export const answersPath = '/is-iop-right-for-me/answers';
export const neutralSite = 'https://www.bbc.com/weather';
export const phone = { width: 360, height: 740 };

/** Answers by question id: a list of item ids for a safety list, yes / no / not-sure otherwise. */
export type Plan = Record<string, string | string[]>;

/** "None" to both safety lists and "no" to every question, with overrides. */
export function allNo(overrides: Plan = {}): Plan {
  return {
    ...Object.fromEntries(signSets.map((s) => [s.id, ['none']])),
    ...Object.fromEntries(yesNoQuestions.map((q) => [q.id, 'no'])),
    ...overrides,
  };
}

/** The input ids for a plan's answers (checkboxes `<set>-<item>`, radios `<question>-<answer>`). */
export function inputIds(plan: Plan): string[] {
  return Object.entries(plan).flatMap(([id, value]) => [value].flat().map((v) => `${id}-${v}`));
}

/** The neutral site of the quick exit, answered locally: no real network. */
export async function stubNeutralSite(page: Page) {
  await page.route('https://www.bbc.com/**', (route) => route.fulfill({ body: 'ok', contentType: 'text/html' }));
}

/** Presses a submit button and waits for the answers page the form posts to. */
export async function postWith(page: Page, button: ReturnType<Page['getByRole']>) {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === answersPath),
    button.click(),
  ]);
  await page.waitForLoadState();
  return response;
}

/** Without JavaScript: who, then every question on one page, then "Check your answers" (or a result). */
export async function submitWithoutScript(page: Page, audience: 'self' | 'other', plan: Plan, button = 'Continue') {
  await page.goto(selfCheckPath);
  await page.locator(`#for-${audience}`).check();
  await postWith(page, page.getByRole('button', { name: 'Continue' }));
  for (const id of inputIds(plan)) await page.locator(`#${id}`).check();
  return postWith(page, page.getByRole('button', { name: button }));
}

/**
 * With JavaScript: opens the self-check and waits until React runs its steps. React starts after the page's
 * first paint (lib/documents/start-after-paint.ts), and until then Continue posts the form, as without JavaScript.
 */
export async function openStepper(page: Page) {
  await page.goto(selfCheckPath);
  await expect(page.locator('#self-check[data-stepping]')).toBeAttached();
  await expect(page.locator('#suicide-legend')).toBeHidden();
  await expect(page.locator('#for-legend')).toBeVisible();
}

/** With JavaScript: one question at a time, until the result or "Check your answers". */
export async function stepThrough(page: Page, audience: 'self' | 'other', plan: Plan) {
  await openStepper(page);
  await page.locator(`#for-${audience}`).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  for (const [id, value] of Object.entries(plan)) {
    await expect(page.locator(`#${id}-legend`)).toBeVisible();
    for (const v of [value].flat()) await page.locator(`#${id}-${v}`).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    if (await page.locator('#result-heading').isVisible()) return;
  }
}

/** A state of the self-check as the server renders it without JavaScript: who, answers, the button pressed. */
export interface ServerState {
  audience?: 'self' | 'other';
  plan?: Plan;
  button?: string;
  /** Press "See my result" on "Check your answers" too. */
  result?: boolean;
}

/** Every page the self-check can show without JavaScript (axe and the HTML checker go through each). */
export const serverStates: Record<string, ServerState> = {
  'the first page': {},
  'the questions (self)': { audience: 'self' },
  'the questions (someone else)': { audience: 'other' },
  'the error state': { audience: 'self', plan: { suicide: ['none'], 'unsafe-home': 'yes' }, button: 'Continue' },
  'check your answers': { audience: 'other', plan: allNo({ 'daily-doctor': 'yes' }), button: 'Continue' },
  'the mental health crisis result': {
    audience: 'self',
    plan: { suicide: ['intent'] },
    button: 'Show me how to get help now',
  },
  'the overdose crisis result (someone else)': {
    audience: 'other',
    plan: { suicide: ['none'], danger: ['overdose'] },
    button: 'Show me how to get help now',
  },
  'the talk-today IOP result': {
    audience: 'self',
    plan: allNo({ suicide: ['wish-dead'], 'slip-back': 'yes' }),
    button: 'Continue',
    result: true,
  },
  'the 24-hour result with the hotline and caution': {
    audience: 'self',
    plan: allNo({ 'unsafe-home': 'yes', 'daily-alcohol': 'yes' }),
    button: 'Continue',
    result: true,
  },
  'the PHP result': { audience: 'self', plan: allNo({ 'daily-doctor': 'not-sure' }), button: 'Continue', result: true },
  'the outpatient result (someone else)': { audience: 'other', plan: allNo(), button: 'Continue', result: true },
};

/** Goes to a state through the form, as a reader without JavaScript would; returns the HTML the server sent for it. */
export async function reachState(page: Page, state: ServerState): Promise<string> {
  let response = await page.goto(selfCheckPath);
  if (state.audience) {
    await page.locator(`#for-${state.audience}`).check();
    response = await postWith(page, page.getByRole('button', { name: 'Continue' }));
  }
  if (state.plan) {
    for (const id of inputIds(state.plan)) await page.locator(`#${id}`).check();
    response = await postWith(page, page.getByRole('button', { name: state.button! }).last());
  }
  if (state.result) response = await postWith(page, page.getByRole('button', { name: 'See my result' }));
  return (await response!.text()) ?? '';
}

import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { PLAIN_PAGES } from '../server/content-security-policy';

/** Runs axe with the WCAG 2.2 A/AA rules and fails on any violation, naming each. */
export async function expectNoAxeViolations(page: Page) {
  await expect(page).toHaveTitle(/\S/); // Next streams the title in: check the page a person ends up with
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** The five required answers of one organisation, as a person gives them in the guided journey. */
export interface Journey {
  mailboxes: string;
  source: string;
  budget: 'Low' | 'Medium' | 'High';
  weeks: string;
  dataGb: string;
}

/** Answers the five required questions one page at a time, checking axe on each, and ends on the first optional question. */
export async function answerRequired(page: Page, j: Journey) {
  await page.goto('/questions/mailboxes');
  await expectNoAxeViolations(page);
  await page.getByLabel('How many mailboxes will move?').fill(j.mailboxes);
  await continueOn(page);
  await expect(page.getByRole('heading', { name: 'Where is your mail now?' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('radio', { name: j.source, exact: true }).check();
  await continueOn(page);
  await expect(page.getByRole('heading', { name: 'What budget is there for the move?' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('radio', { name: new RegExp(`^${j.budget}`) }).check();
  await continueOn(page);
  await expectNoAxeViolations(page);
  await page.getByLabel('How many weeks until the move must be finished?').fill(j.weeks);
  await continueOn(page);
  await expectNoAxeViolations(page);
  await page.getByLabel('How much mail data is there in total, in gigabytes?').fill(j.dataGb);
  await continueOn(page);
  await expect(page.getByText(/^Optional question 1 of \d+$/)).toBeVisible();
}

/** Presses Continue and waits for the next page (a different path: the answer alone also changes this page's query). */
export async function continueOn(page: Page) {
  const before = new URL(page.url()).pathname;
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL((url) => url.pathname !== before);
}

/**
 * The pages served as plain HTML by the Pages Router (the start page and the results): their policy allows scripts of
 * this site only, with no nonce; every other page's policy is nonce-based.
 */
export const isPlainPage = (path: string): boolean => (PLAIN_PAGES as readonly string[]).includes(new URL(path, 'http://x').pathname);
export const PLAIN_SCRIPT_POLICY = /script-src 'self'; style-src 'self';/;
export const NONCE_SCRIPT_POLICY = /script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/;

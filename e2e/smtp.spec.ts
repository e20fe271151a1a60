import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

/** A bounce as Exchange Online sends it (addresses made up): the code appears in the text and again in the status. */
const NDR = `Your message to old.user@contoso.com couldn't be delivered.
Diagnostic information for administrators:
Generating server: AM0PR01MB1234.eurprd01.prod.outlook.com
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
Original message headers:
Received: from AM0PR01MB5678.eurprd01.prod.outlook.com (2603:10a6:208:12::34) with Microsoft SMTP Server id 15.20.2347.22
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup`;

async function explain(page: Page, text: string) {
  await page.getByLabel('SMTP reply or bounce text').fill(text);
  await page.getByRole('button', { name: 'Explain the codes' }).click();
}

test('mail-flow code lookup: replies inside pasted text explained, temporary or permanent', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Bounce code lookup' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bounce code lookup');
  await expect(page).toHaveTitle(/^Bounce code lookup/);
  await expectNoAxeViolations(page);
  await explain(page, "Remote Server returned '550 5.7.230 Message rejected by Exchange Online'\nlater: 4.4.7 and 4.9.77");
  await expect(page.getByRole('heading', { name: '3 replies explained' })).toBeVisible();
  const blocked = page.getByRole('article', { name: '550 5.7.230' });
  await expect(blocked).toContainText('Permanent: will not be retried');
  await expect(blocked).toContainText('out of date');
  await expect(page.getByRole('article', { name: '4.4.7' })).toContainText('Temporary: will be retried');
  await expect(page.getByRole('article', { name: '4.9.77' })).toContainText('Not in our table');
  await expect(page.getByLabel('SMTP reply or bounce text')).toHaveValue(/550 5\.7\.230/);
  await expectNoAxeViolations(page);
});

test('mail-flow code lookup: a whole bounce gives one verdict, read from the code and its diagnostic text', async ({ page }) => {
  await page.goto('/smtp');
  await explain(page, NDR);
  await expect(page.getByRole('heading', { name: 'One reply explained' })).toBeVisible();
  const reply = page.getByRole('article', { name: '550 5.1.10' });
  await expect(reply).toContainText('RESOLVER.ADR.RecipientNotFound');
  await expect(reply).toContainText('Recipient not found');
  await expect(reply).toContainText('Read from the Exchange code and the text after it.');
  const source = reply.getByRole('link', { name: /^Fix email delivery issues for error code 550 5\.1\.10 in Exchange Online/ });
  await expect(source).toHaveAttribute('href', /fix-error-code-550-5-1-10-in-exchange-online/);
  await expect(reply).not.toContainText('N5110');
  await expect(page.getByLabel('SMTP reply or bounce text')).toHaveValue(NDR);
  await expectNoAxeViolations(page);
});

test('mail-flow code lookup: says when the basic and enhanced codes disagree', async ({ page }) => {
  await page.goto('/smtp');
  await explain(page, '450 5.7.1 Delivery not authorized, try again later');
  const reply = page.getByRole('article', { name: '450 5.7.1' });
  await expect(reply).toContainText('Temporary: will be retried');
  await expect(reply).toContainText('The codes disagree');
  await expectNoAxeViolations(page);
});

test('mail-flow code lookup: empty text and text without a code get clear messages', async ({ page }) => {
  await page.goto('/smtp');
  await page.getByRole('button', { name: 'Explain the codes' }).click();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('Paste an SMTP reply or a bounce message');
  await expectNoAxeViolations(page);
  await explain(page, 'the server said no');
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('No SMTP code was found');
  await expect(page.getByLabel('SMTP reply or bounce text')).toHaveValue('the server said no');
});

test('mail-flow code lookup: a long non-Latin paste is posted, not put in the address (it was HTTP 431 before)', async ({ page }) => {
  await page.goto('/smtp');
  // 4,000 characters of Japanese are about 12 kB as UTF-8, 36 kB percent-encoded: past a 16 kB request-header limit.
  const text = `550 5.1.1 ${'宛先のメールアドレスが見つかりません。'.repeat(300)}`.slice(0, 4000);
  const posts: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/smtp') posts.push(`${r.method()} ${r.url()}`);
  });
  await explain(page, text);
  await expect(page.getByRole('heading', { name: 'One reply explained' })).toBeVisible();
  await expect(page.getByRole('article', { name: '550 5.1.1' })).toContainText('Permanent: will not be retried');
  expect(posts.length).toBeGreaterThan(0);
  for (const p of posts) expect(p).toMatch(/^POST http:\/\/[^/]+\/smtp$/);
  expect(page.url()).not.toContain('text=');
  await expect(page.getByLabel('SMTP reply or bounce text')).toHaveValue(text);
  await expectNoAxeViolations(page);
});

test('mail-flow code lookup: text past the limit gets a message saying how long it is, and stays in the box', async ({ page }) => {
  await page.goto('/smtp');
  const hint = await page.locator('#text-hint').innerText();
  const limit = Number(/Up to ([\d,]+) characters/.exec(hint)![1]!.replace(/,/g, ''));
  const text = `550 5.1.1 ${'x'.repeat(limit)}`;
  await explain(page, text);
  const message = `The text is ${(limit + 10).toLocaleString('en-GB')} characters long: paste up to ${limit.toLocaleString('en-GB')}`;
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText(message);
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.getByLabel('SMTP reply or bounce text')).toHaveValue(text);
  await expectNoAxeViolations(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('mail-flow code lookup: the form still posts and explains, and refuses text past the limit', async ({ page, request }) => {
    await page.goto('/smtp');
    await explain(page, '421 4.4.7 Message delayed');
    await expect(page.getByRole('article', { name: '421 4.4.7' })).toContainText('Temporary: will be retried');
    expect(page.url()).not.toContain('text=');
    // The server checks the limit too (a browser without JavaScript sends whatever is pasted).
    await explain(page, `550 ${'y'.repeat(20_000)}`);
    await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('characters long: paste up to');
    expect((await request.get('/smtp')).status()).toBe(200);
  });
});

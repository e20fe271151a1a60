// Prints the live panel's update latency on /one-page: the median (and range) over 10 changes of the mailbox count,
// from the input event to the panel showing the new ranking. Needs a built app running: E2E_PORT (default 3107).
// Not a test: a figure to compare over time.
import { chromium } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3107);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(`http://127.0.0.1:${port}/one-page?mailboxes=100&source=exchange-2016&budget=medium&weeks=20&data-gb=800`);
  await page.getByTestId('live-recommendation').waitFor();
  await page.waitForTimeout(1500); // let the readiness chunk load, so it is not measured
  const times = [];
  for (let i = 0; i < 10; i++) {
    // Alternate between counts that rank differently, so every change shows in the panel.
    const value = i % 2 === 0 ? '3000' : '100';
    times.push(
      await page.evaluate(
        (v) =>
          new Promise((resolve) => {
            const input = document.getElementById('f-mailboxes');
            const panel = document.querySelector('[data-testid="live-recommendation"]').closest('div.rounded');
            const before = panel.textContent;
            const start = performance.now();
            const observer = new MutationObserver(() => {
              if (panel.textContent !== before) {
                observer.disconnect();
                resolve(performance.now() - start);
              }
            });
            observer.observe(panel, { subtree: true, childList: true, characterData: true });
            const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
            setter.call(input, v);
            input.dispatchEvent(new Event('input', { bubbles: true }));
          }),
        value,
      ),
    );
    await page.waitForTimeout(100);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = (sorted[4] + sorted[5]) / 2;
  console.log(`live update on /one-page over ${times.length} changes: median ${median.toFixed(1)} ms (min ${sorted[0].toFixed(1)}, max ${sorted.at(-1).toFixed(1)})`);
} finally {
  await browser.close();
}

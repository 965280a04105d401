// Opens Banana Cake Pop from the running service in Debian's headless Chromium, creates a document,
// waits for the IDE to load the schema, then runs a query from the editor and reads its result.
// Usage: node bcp-smoke.mjs http://127.0.0.1:PORT [screenshot.png]
import { chromium } from 'playwright-core';

const [base, screenshot] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
const step = (name) => console.log(`step: ${name}`);
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
try {
  const graphqlRequests = [];
  page.on('request', (r) => { if (r.url().startsWith(`${base}/graphql`) && r.method() === 'POST') graphqlRequests.push(r.postData() ?? ''); });

  await page.goto(`${base}/graphql`, { waitUntil: 'load' });
  step(`opened ${page.url()}`);
  await page.getByText('Create Document', { exact: false }).first().click({ timeout: 60_000 });
  step('created a document');
  await page.getByText('Schema available', { exact: false }).first().waitFor({ timeout: 60_000 });
  step('schema available');
  if (!graphqlRequests.some((body) => body.includes('__schema'))) throw new Error('the IDE did not introspect /graphql');

  // The first editor is the Request pane; insertText avoids the editor's bracket auto-closing.
  await page.locator('.monaco-editor').first().click();
  await page.keyboard.insertText('query SmokeTest { courses { totalCount } }');
  // The IDE saves the editor's text into its document a moment after typing stops.
  await page.getByText('SmokeTest', { exact: false }).first().waitFor();
  await page.waitForTimeout(2000);
  // The IDE's Run shortcut, with the Request editor focused (a click could hit the editor's "Run" lens instead).
  await page.locator('.monaco-editor').first().click();
  await page.keyboard.press('Control+Alt+Enter');
  await page.waitForFunction(() => /"totalCount":\s*\d+/.test(document.body.innerText.replace(/\s+/g, ' ').replace(/" :/g, '":')) ||
    document.body.innerText.includes('"totalCount"'), null, { timeout: 30_000 });
  if (!graphqlRequests.some((body) => body.includes('SmokeTest'))) throw new Error('the query typed in the IDE did not reach /graphql');
  step('query sent from the editor reached the API and its answer is shown');
  if (screenshot) await page.screenshot({ path: screenshot });
} catch (e) {
  console.error(`failed: ${e.message}`);
  if (screenshot) await page.screenshot({ path: screenshot }).catch(() => {});
  process.exitCode = 1;
} finally {
  await browser.close();
}

// Opens the API reference (/scalar) in Debian's headless Chromium with every request to another origin refused
// (it must work offline, with no CDN), and waits for it to render operations from /openapi/v1.json.
// Usage: node scalar-smoke.mjs http://127.0.0.1:PORT [screenshot.png]
import { chromium } from 'playwright-core';

const [base, screenshot] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
const elsewhere = [];
await page.route('**/*', (route) => {
  if (route.request().url().startsWith(base)) return route.continue();
  elsewhere.push(route.request().url());
  return route.abort();
});
try {
  const documentRequest = page.waitForRequest((r) => r.url() === `${base}/openapi/v1.json`, { timeout: 60_000 });
  await page.goto(`${base}/scalar`, { waitUntil: 'load' });
  console.log(`step: opened ${page.url()}`);
  await documentRequest;
  console.log('step: the reference asked for /openapi/v1.json');
  // The document's title, and its operations as the reference lists them: by tag, each with its route.
  await page.getByText('VideoPlatform REST API', { exact: false }).first().waitFor({ timeout: 60_000 });
  await page.getByText('Uploads', { exact: true }).first().waitFor({ timeout: 30_000 });
  await page.getByText('/api/courses/{courseId}/lessons', { exact: false }).first().waitFor({ timeout: 30_000 });
  console.log('step: operations rendered');
  if (elsewhere.length) throw new Error(`the reference fetched from elsewhere: ${elsewhere.join(', ')}`);
  if (screenshot) await page.screenshot({ path: screenshot });
} catch (e) {
  console.error(`failed: ${e.message}`);
  if (screenshot) await page.screenshot({ path: screenshot }).catch(() => {});
  process.exitCode = 1;
} finally {
  await browser.close();
}

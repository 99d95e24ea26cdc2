import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every test runs in a fresh browser context (fresh IndexedDB) and fails if the page, its
 * workers or its service worker make any request that leaves the page's origin.
 */
export const test = base.extend<{ offOrigin: string[] }>({
  offOrigin: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL ?? '').origin;
      const offOrigin: string[] = [];
      context.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) offOrigin.push(url);
      });
      await use(offOrigin);
      expect(offOrigin, 'requests that left the page origin').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens the console and waits until the simulated account answers. */
export async function openConsole(page: Page, path = '') {
  await page.goto(path);
  await expect(page.getByRole('toolbar', { name: 'Simulation' })).toBeVisible();
  await expect(page.getByTestId('sim-clock')).toHaveText(/\d\d:\d\d:\d\d/);
}

export const simBar = (page: Page) => page.getByRole('toolbar', { name: 'Simulation' });

/** Pauses the simulation and returns the virtual seconds the clock stopped at. */
export async function pause(page: Page): Promise<number> {
  const button = simBar(page).getByRole('button', { name: 'Pause', exact: true });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  const [h = 0, m = 0, s = 0] = ((await page.getByTestId('sim-clock').textContent()) ?? '').split(':').map(Number);
  return h * 3600 + m * 60 + s;
}

/** The clock's text `seconds` of virtual time after the world began (`00:10:02`). */
export const clockText = (seconds: number) =>
  [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60]
    .map((n) => String(n).padStart(2, '0'))
    .join(':');

export async function worldMenu(page: Page, item: 'Reset world' | 'Export world' | 'Import world…') {
  await page.getByRole('button', { name: 'World', exact: true }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

/** Calls a simulated service the way the console does: AWS JSON 1.1 to the page's own origin. */
export async function aws<T>(page: Page, endpoint: string, target: string, body: object): Promise<T> {
  return page.evaluate(
    async ({ endpoint, target, body }) => {
      const response = await fetch(new URL(`aws/${endpoint}`, document.baseURI), {
        method: 'POST',
        headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': target },
        body: JSON.stringify(body),
      });
      const out = (await response.json()) as unknown;
      if (!response.ok) throw new Error(JSON.stringify(out));
      return out as T;
    },
    { endpoint, target, body },
  );
}

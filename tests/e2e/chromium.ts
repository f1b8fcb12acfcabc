/**
 * Debian's Chromium for the browser tests, through playwright-core (its own browser download
 * cannot work here). On a developer's machine without it the browser tests are skipped with a
 * warning; under CI=true a missing Chromium fails the run instead: CI must never pass by
 * skipping the tests that look at the pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, chromium, type Page } from 'playwright-core';

/** Where Debian installs Chromium (`apt-get install -y chromium`). */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * True when Chromium is there. Without it: under CI=true throws (the test file fails to load and
 * the run fails), otherwise warns that `suite` is skipped and returns false.
 */
export function chromiumAvailable(suite: string): boolean {
  if (existsSync(CHROMIUM)) return true;
  const how = 'apt-get install -y chromium';
  if (process.env.CI === 'true') {
    throw new Error(
      `${suite}: ${CHROMIUM} is missing and CI=true, so this fails instead of skipping (${how}).`,
    );
  }
  console.warn(`${suite} skipped: ${CHROMIUM} not found (${how})`);
  return false;
}

/** Headless Chromium as the tests run it (about 1.2 s to start). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
}

/** One violation of an axe-core rule, as the tests report it. */
export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: readonly string[];
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core (WCAG 2.0-2.2 A and AA rules and best practices) on the page and returns its
 * serious and critical violations. The page's context must allow the injected script
 * (`bypassCSP: true`): report.html forbids scripts, the dashboard allows only its own.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const { violations, passed } = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<unknown> } }).axe;
    const result = (await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
      resultTypes: ['violations'],
    })) as {
      violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
      passes: unknown[];
    };
    return {
      passed: result.passes.length,
      violations: result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
      })),
    };
  });
  // A run that checked (almost) nothing would pass vacuously.
  if (passed < 15) throw new Error(`axe-core passed only ${passed} rules: did it see the page?`);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

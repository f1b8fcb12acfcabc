import type { Lang } from '../country/labels.js';
import { visibleText } from '../displayText.js';
import { PartnerSynergyError } from '../errors.js';
import { toolMessagesIn } from '../messages/toolCatalogue.js';

/** Exit codes of the CLI. */
export const EXIT = Object.freeze({ ok: 0, input: 1, usage: 2 });

/** A usage mistake (bad flag value); exits with code 2. */
export class UsageError extends PartnerSynergyError {
  constructor(message: string) {
    super('E_USAGE', message);
    this.name = 'UsageError';
  }
}

/**
 * Print a one-line error for a user mistake (never a stack trace) and return the exit code.
 *
 * @example
 * process.exitCode = reportError(err, process.stderr, 'nl');
 */
export function reportError(err: unknown, stderr: { write(s: string): unknown }, lang: Lang = 'en'): number {
  const t = toolMessagesIn(lang);
  if (err instanceof UsageError) {
    stderr.write(`partner-synergy: ${visibleText(err.message)}\n`);
    return EXIT.usage;
  }
  if (err instanceof PartnerSynergyError) {
    stderr.write(`partner-synergy: ${t('cli.error')} [${err.code}]: ${visibleText(err.message)}\n`);
    return EXIT.input;
  }
  const message = visibleText(err instanceof Error ? err.message : String(err));
  stderr.write(`partner-synergy: ${t('cli.unexpected', { message })}\n`);
  return EXIT.input;
}

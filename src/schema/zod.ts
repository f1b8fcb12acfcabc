/**
 * The zod the schemas use (`import * as z from './zod.js'`): the functions of `zod/mini`, which
 * bundlers tree-shake so the browser core carries only the validators it uses, with zod's English
 * messages switched on as full `zod` does on import, so validation messages read the same
 * ("Unrecognized key: ...", "Too small: ..."). Re-exports by name, not the whole namespace: a
 * namespace object would keep all of zod (and every locale) in the bundle.
 */

import { config } from 'zod/mini';
// The English locale alone: `zod/locales` would load every locale (about 50 modules).
import en from 'zod/v4/locales/en.js';

config(en());

// `output`, not `infer` (the same type): the bundled .d.ts files cannot name a keyword.
export type { output } from 'zod/mini';
export {
  array,
  enum,
  gte,
  int,
  length,
  literal,
  lte,
  minLength,
  nonnegative,
  null,
  nullable,
  number,
  object,
  optional,
  positive,
  readonly,
  record,
  regex,
  strictObject,
  string,
  trim,
  union,
} from 'zod/mini';

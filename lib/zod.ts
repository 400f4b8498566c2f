import * as z from 'zod/mini';

// The one `z` of the codebase: zod/mini, the functional build, so each bundle carries only the
// schema kinds and checks it uses. Its objects are parsed without compiling code at run time
// (zod's classic build tries `new Function`, which extension pages and the service worker
// forbid and report). Import it as `import { z } from './zod'`.
//
// English messages: zod/mini ships without a locale ("Invalid input" for everything). The
// messages are a developer's backstop (the pages check each field before sending, and words
// the user reads come from public/_locales), but they should say what was wrong. zod's own
// English locale names every string format it knows (a kilobyte in the service worker): this
// one says, more briefly, what was wrong for the checks Unsit's schemas use.
z.config({ localeError: englishMessage });

type Issue = Parameters<NonNullable<z.core.$ZodConfig['localeError']>>[0];

const show = (v: unknown) => (typeof v === 'string' ? `"${v}"` : String(v));

function englishMessage(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `Invalid input: expected ${issue.expected}`;
    case 'invalid_value':
      return `Invalid option: expected one of ${issue.values.map(show).join('|')}`;
    case 'too_big':
    case 'too_small': {
      const big = issue.code === 'too_big';
      const limit = big ? issue.maximum : issue.minimum;
      const adj = issue.inclusive ? (big ? '<=' : '>=') : big ? '<' : '>';
      const unit =
        issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : '';
      const verb = unit ? 'to have' : 'to be';
      return `Too ${big ? 'big' : 'small'}: expected ${issue.origin} ${verb} ${adj}${limit}${unit}`;
    }
    case 'invalid_format':
      return `Invalid ${issue.format === 'regex' ? 'string: must match its pattern' : issue.format}`;
    case 'unrecognized_keys':
      return `Unrecognized keys: ${issue.keys.map(show).join(', ')}`;
    default:
      return 'Invalid input';
  }
}

export { z };

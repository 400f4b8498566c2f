import * as z from 'zod/mini';

// The one `z` of the codebase: zod/mini, the functional build, so each bundle carries only the
// schema kinds and checks it uses. Its objects are parsed without compiling code at run time
// (zod's classic build tries `new Function`, which extension pages and the service worker
// forbid and report). Import it as `import { z } from './zod'`.
//
// English messages: zod/mini ships without a locale ("Invalid input" for everything). The
// messages are a developer's backstop (the pages check each field before sending, and words
// the user reads come from public/_locales), but they should say what was wrong.
z.config(z.locales.en());

export { z };

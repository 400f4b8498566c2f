import * as z from 'zod/mini';

// The one `z` of the codebase: zod/mini, the functional build, so each bundle carries only the
// schema kinds and checks it uses. Its objects are parsed without compiling code at run time
// (zod's classic build tries `new Function`, which extension pages and the service worker
// forbid and report). Import it as `import { z } from './zod'`.
//
// No zod locale: its messages would be English whatever the user's language, so the words a
// user reads come from public/_locales (lib/settings.ts words a refused setting itself), and
// a malformed request is answered with its field's path. (The English locale would also cost
// the background about 1 KB gzip.)

export { z };

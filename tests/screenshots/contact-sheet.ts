import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { moves, postureCheck } from '../../lib/routines/catalogue';

// A page of every move and checkpoint picture, as the player shows them: two-sided moves
// twice, the right side mirrored. One look shows a picture that is wrong or that looks like
// another at the player's size.

const MOVES_DIR = join(import.meta.dirname, '../../public/moves');
const ENGLISH: Record<string, { message: string }> = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../public/_locales/en/messages.json'), 'utf8'),
);
/** Labels in English, read from the messages file (this runs in Node, not the browser). */
const t = (key: string): string => ENGLISH[key]?.message ?? key;

type Cell = { file: string; label: string; mirrored: boolean };

function cells(): Cell[] {
  const out: Cell[] = [];
  for (const move of moves()) {
    const name = t(move.name);
    if (move.sides === 'both') {
      out.push({ file: move.illustration, label: `${name} · left`, mirrored: false });
      out.push({ file: move.illustration, label: `${name} · right (mirrored)`, mirrored: true });
    } else out.push({ file: move.illustration, label: name, mirrored: false });
  }
  for (const checkpoint of postureCheck()) {
    out.push({
      file: checkpoint.illustration,
      label: `${t('routine_title_posture_check')}: ${t(checkpoint.title)}`,
      mirrored: false,
    });
  }
  return out;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The contact sheet as one self-contained HTML page (pictures inlined as data URLs). */
export function contactSheetHtml(): string {
  const figures = cells()
    .map(({ file, label, mirrored }) => {
      // The still frame, the one reduced motion shows: an <img> does not take the page's
      // emulated media, so the animations are stopped in the file itself.
      const svg = readFileSync(join(MOVES_DIR, file), 'utf8').replace(
        '</style>',
        '*{animation:none!important}</style>',
      );
      const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
      const flip = mirrored ? ' style="transform:scaleX(-1)"' : '';
      // Large, and at the player's size (about 100 px) next to it.
      return `<figure><div><img src="${src}" width="150" height="150"${flip} alt=""><img class="small" src="${src}" width="100" height="100"${flip} alt=""></div><figcaption>${escapeHtml(label)}<br><code>${escapeHtml(file)}</code></figcaption></figure>`;
    })
    .join('');
  return `<!doctype html><meta charset="utf-8"><style>
body{margin:16px;font:12px system-ui,sans-serif;color:#1f2328;background:#fff}
main{display:grid;grid-template-columns:repeat(4,270px);gap:12px}
figure{margin:0;padding:8px;border:1px solid #d8dee4;border-radius:10px}
figure div{display:flex;align-items:flex-end;gap:8px}
img{background:#f3f5f7;border-radius:8px}
code{color:#59636e;font-size:11px}
</style><main>${figures}</main>`;
}

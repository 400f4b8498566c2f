import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { moves, postureCheck } from '../../../lib/routines/catalogue';

const MOVES_DIR = fileURLToPath(new URL('../../../public/moves/', import.meta.url));
const SVG_NS = 'http://www.w3.org/2000/svg';
/** Every animation off for users who ask for reduced motion. */
const REDUCED_MOTION =
  /@media \(prefers-reduced-motion:\s?reduce\)\s?\{(?:\s|\/\*[^*]*\*\/)*\*\s?\{\s?animation:\s?none\s?!important\s?\}\s?\}/;

/** Moves whose motion matters: their illustration animates between two positions. */
const ANIMATED = [
  'sit-to-stand-tail-tuck',
  'glute-squeeze-standing',
  'hip-extension-standing',
  'upper-back-extension-chair',
  'back-contract-release',
  'glute-bridge',
  'neck-shoulder-release',
  'yawn-stretch',
  'walk',
];

const referenced = [
  ...new Set([...moves().map((m) => m.illustration), ...postureCheck().map((c) => c.illustration)]),
];
const onDisk = readdirSync(MOVES_DIR).filter((f) => f.endsWith('.svg'));
const read = (file: string) => readFileSync(`${MOVES_DIR}${file}`, 'utf8');

describe('move illustrations', () => {
  it('exist for every move and checkpoint', () => {
    for (const file of referenced) expect(existsSync(`${MOVES_DIR}${file}`), file).toBe(true);
  });

  it('has no file that nothing uses', () => {
    expect([...onDisk].sort()).toEqual([...referenced].sort());
  });

  it('gives each move its own picture', () => {
    const files = moves().map((m) => m.illustration);
    expect(new Set(files).size).toBe(files.length);
  });

  describe.each(onDisk)('%s', (file) => {
    const svg = read(file);

    it('is a small, self-contained, accessible SVG', () => {
      expect(Buffer.byteLength(svg, 'utf8')).toBeLessThan(3 * 1024);
      expect(svg).toMatch(/^<svg\b[^>]*\bxmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      expect(svg).toMatch(/^<svg\b[^>]*\bviewBox="0 0 200 200"/);
      expect(svg).toMatch(/^<svg\b[^>]*\brole="img"/);
      expect(svg).toMatch(/<title>[^<]{10,}<\/title>/);
      expect(svg.trimEnd()).toMatch(/<\/svg>$/);
      expect(svg).not.toMatch(/<script/i);
      expect(svg).not.toMatch(/\bon[a-z]+\s*=/i);
      expect(svg).not.toMatch(/<text\b/i);
      expect(svg).not.toMatch(/<image\b|<foreignObject\b|@import|url\(|href=/i);
      expect(svg.split(SVG_NS).join('')).not.toMatch(/https?:/i);
    });

    it('draws the figure in currentColor with the themable accent', () => {
      expect(svg).toContain('currentColor');
      expect(svg).toContain('var(--unsit-accent,#0f7b6c)');
    });

    it('moves only in CSS, and stops moving when reduced motion is asked for', () => {
      // SMIL animation ignores the media query, so CSS is the only way a picture may move.
      expect(svg).not.toMatch(/<animate|<set\b/);
      // A moving picture carries the rule that stops it; a still one has nothing to stop.
      expect(REDUCED_MOTION.test(svg), 'reduced-motion rule').toBe(
        /animation|@keyframes/.test(svg),
      );
    });

    it('keeps its own class and keyframe names when inlined next to the others', () => {
      // Classes every file defines the same way may be shared; anything else must be unique.
      const shared = new Set(['u-l', 'u-t', 'u-f', 'u-h', 'u-a', 'u-n']);
      const own = [...svg.matchAll(/\.([a-z][\w-]*)\{/g)]
        .map((m) => m[1] ?? '')
        .filter((name) => !shared.has(name));
      const keyframes = [...svg.matchAll(/@keyframes ([\w-]+)/g)].map((m) => m[1] ?? '');
      for (const name of [...own, ...keyframes]) {
        for (const other of onDisk.filter((f) => f !== file)) {
          expect(read(other), `${name} also in ${other}`).not.toMatch(
            new RegExp(`(\\.|@keyframes )${name}\\b`),
          );
        }
      }
      for (const name of shared) expect(name.startsWith('u-')).toBe(true);
    });
  });

  it.each(ANIMATED)('animates %s', (id) => {
    const move = moves().find((m) => m.id === id);
    expect(move).toBeDefined();
    const svg = read(move?.illustration ?? '');
    expect(svg).toMatch(/@keyframes [\w-]+\{/);
    expect(svg).toMatch(/animation:[\w-]+ [\d.]+s/);
    expect(svg).toMatch(/prefers-reduced-motion:\s?reduce/);
  });
});

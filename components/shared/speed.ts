/**
 * Routine speed. Test builds (`--mode e2e`) take `?speed=N` from the page URL so
 * a two-minute routine can run in seconds; every other build always plays at 1.
 */
export function playerSpeed(search: string = globalThis.location?.search ?? ''): number {
  if (import.meta.env.MODE !== 'e2e') return 1;
  const speed = Number(new URLSearchParams(search).get('speed'));
  return Number.isFinite(speed) && speed > 0 ? Math.min(speed, 1000) : 1;
}

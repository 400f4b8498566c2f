export declare function tagFor(version: string): string;
export declare function releaseProblems(facts: {
  version: unknown;
  gitStatus: string;
  tags: readonly string[];
  changelog: string;
}): string[];
export declare function buildCommands(markdown: string): string[];
export declare function compareTrees(
  expected: ReadonlyMap<string, Uint8Array>,
  actual: ReadonlyMap<string, Uint8Array>,
): { missing: string[]; extra: string[]; differ: string[]; same: boolean };
export declare function untracked(entries: readonly string[], tracked: readonly string[]): string[];

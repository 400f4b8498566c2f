export interface Permission {
  permission: string;
  manifest: { permissions?: string[]; optional?: string[]; requestedAtRuntime?: string };
  why: string;
}
export declare function markdownTable(header: string[], rows: string[][]): string;
export declare function permissionTable(permissions: readonly Permission[]): string;
export declare function justificationLines(permissions: readonly Permission[]): string;
export declare function declaredPermissions(permissions: readonly Permission[]): string[];
export declare function replaceBetween(text: string, name: string, content: string): string;
export declare function listingBlock(
  messages: Record<string, { message: string } | undefined>,
): string;
export declare function privacySection(readme: string): string;
export declare function privacyPolicy(section: string): string;
export declare function privacyHtml(markdown: string): string;

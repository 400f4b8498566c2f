export declare const LANGUAGES: readonly ['en', 'de', 'es'];
export declare function codeText(root: string): Promise<string>;
export declare function browserCompatData(root: string): unknown;
export declare function generatedFiles(root: string): Promise<Map<string, string>>;

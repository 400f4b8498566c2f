export declare const QUIET_CHROMIUM_FLAGS: string[];
export declare const extensionFlags: (dir: string) => string[];

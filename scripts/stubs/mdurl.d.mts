// Types of the mdurl stub (mdurl.mjs), for the test that compares it with the real module.
export declare function parse(url: string): { pathname: string };
export declare function format(parsed: { pathname?: string }): string;
export declare function encode(text: string, exclude?: string, keepEscaped?: boolean): string;
export declare const decode: ((text: string, exclude?: string) => string) & { defaultChars: string; componentChars: string };

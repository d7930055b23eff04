// Types of the entities stub (entities.mjs), for the test that compares it with the real module.
export declare function decodeHTMLStrict(text: string): string;

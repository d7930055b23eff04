// The bundled datasets as the build validated and normalised them: scripts/bundled-datasets.mjs provides
// this module to esbuild, and fails the build on any problem in them.
declare module 'factdesk:bundled-datasets' {
  const files: { file: string; data: unknown }[];
  export default files;
}

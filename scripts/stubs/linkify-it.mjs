// Stands for linkify-it in the production bundles. factdesk's markdown-it never linkifies
// (createParser sets linkify: false), and markdown-it reaches its LinkifyIt only behind that option,
// so the real module (11 KiB minified, in every bundle, parsed at every start) is never used.
export class LinkifyIt {
  test() {
    return false;
  }
  pretest() {
    return false;
  }
  match() {
    return null;
  }
  matchAtStart() {
    return null;
  }
}

// Stands for fuse.js in the Node production bundles. Names are looked up in a dictionary first; fuse.js
// (about 26 KB minified) runs only on a capitalised word that names nothing and may be a typo, and in the
// editor's fact and entity searches. This delays reading it to the first such search, and the build keeps
// it in a file of its own (dist/fuse.js, scripts/build.mjs). The searching itself is the real module's.
let RealFuse;

export default class LazyFuse {
  constructor(list, options) {
    // A require, not an import: the module is then read and evaluated here, not at start-up.
    // eslint-disable-next-line no-undef
    RealFuse ??= require('fuse.js');
    const Fuse = RealFuse.default ?? RealFuse;
    // A constructor that returns an object gives that object: callers get the real Fuse instance.
    return new Fuse(list, options);
  }
}

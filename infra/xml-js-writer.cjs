// xml-js as the function's bundle uses it: the writer only. The package's index also loads its XML reader,
// which pulls in sax (22 KB minified) though nothing in the function reads XML; `feed` and render/atom.ts
// call js2xml alone. function-bundling.ts points esbuild's alias for "xml-js" here. The path is relative to
// this file, not "xml-js/lib/js2xml": the alias would rewrite that to this file again.
module.exports = { js2xml: require('../node_modules/xml-js/lib/js2xml.js') };

// See esm-bridge.resolver.js: the ES module instance the test loaded, for CommonJS callers.
const bridged = globalThis[Symbol.for('glue.jest.esm-bridge')]?.['jose'];
if (!bridged) throw new Error('jose was required before esm-bridge.setup.ts registered it.');
module.exports = bridged;

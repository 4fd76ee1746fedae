// capgap's primitives, one of each: compounding (one stated rule), binary search, the seeded RNG.
// They import nothing; every room may import them.
export { bisectLeft, bisectRight, bisectWhere } from './bisect.ts';
export { type CompoundOptions, compound, compoundColumns, compoundPath } from './compound.ts';
export { mulberry32 } from './random.ts';

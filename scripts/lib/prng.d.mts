/** mulberry32: a tiny seeded PRNG in [0, 1); the same seed deals the same sequence. */
export function mulberry32(seed: number): () => number;

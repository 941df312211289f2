/** The target view: evidence by skill, the curated list, two targets side by side. */
export const targets = {};

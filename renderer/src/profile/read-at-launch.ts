import { startFirstRead } from './first-read';

// Imported first by main.tsx, so this runs before React and the app's modules are evaluated: a
// large profile then crosses from main while the bundle is still being evaluated, not after it.
startFirstRead();

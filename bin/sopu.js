#!/usr/bin/env -S node --max-semi-space-size=32
// The `sopu` command runs the build in dist/ (made by `npm run build`). A young generation of
// 2 × 32 MiB (Node's default is 2 × 16) lets the short-lived objects of each request die young:
// about a tenth less CPU per vote under load.
import '../dist/cli/main.js';

#!/usr/bin/env node
// The `sopu` command runs the build in dist/ (made by `npm run build`).
import '../dist/cli/main.js';

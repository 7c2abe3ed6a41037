// Components import their own style sheets for Vite to bundle (the pages' CSP forbids inline ones);
// panel/tsconfig.json has no Vite client types, so say here that such an import brings no value.
declare module '*.css' {}

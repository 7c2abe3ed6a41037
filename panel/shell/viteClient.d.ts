// The shell imports recorded bodies with Vite's `?raw` suffix; these are Vite's types for it.
/// <reference types="vite/client" />

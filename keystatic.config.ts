export { default } from './src/editor/keystatic.ts';

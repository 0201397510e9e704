import { downloadGet, downloadPaths } from '../../lib/download-routes.ts';

/** /downloads/{chart}-{lang}.svg: see src/lib/download-routes.ts. */
export const getStaticPaths = downloadPaths;
export const GET = downloadGet('svg');

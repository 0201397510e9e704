/** The area colours' stylesheet, made by src/integrations/area-styles.ts from content/areas.yaml. */
declare module 'virtual:year-in-review/areas.css';

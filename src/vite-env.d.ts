/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

declare module 'virtual:atlas-data' {
  const data: import('./data/types').AtlasData;
  export default data;
}

declare module 'virtual:switch-font' {
  /** A data: URL of the few Arabic letters the English page shows (build/switchFontPlugin.ts). */
  const url: string;
  export default url;
}

declare module 'virtual:maplibre-worker-url' {
  /** MapLibre's worker: a hashed file in a hosted build, a blob: URL in the one-file build (build/oneFile.ts). */
  const url: string;
  export default url;
}

/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

declare module 'virtual:atlas-data' {
  const data: import('./data/types').AtlasData;
  export default data;
}

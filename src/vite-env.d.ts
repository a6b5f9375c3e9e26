/// <reference types="vite/client" />

declare module 'virtual:atlas-data' {
  const data: import('./data/types').AtlasData;
  export default data;
}

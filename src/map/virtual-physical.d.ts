declare module 'virtual:physical-data' {
  /** Rivers, lakes, the names of the land and the relief picture (build/physicalPlugin.ts). */
  const data: import('./physicalLayers').PhysicalData;
  export default data;
}

import * as Leaflet from 'leaflet';

/**
 * Leaflet's plugins (marker clustering) extend a global `L`; the module namespace is frozen, so they get a mutable
 * copy that shares Leaflet's classes.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const L: any = { ...Leaflet };
// eslint-disable-next-line @typescript-eslint/no-explicit-any
(window as any).L = L;

export default L;

import { LitElement, PropertyValues, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type * as Leaflet from 'leaflet';
import L from './leaflet-global';
import 'leaflet.heat';
import 'leaflet/dist/leaflet.css';

/** A cell of the map with how many reports were made in it, as the server sends it. */
interface Cell {
  lat: number;
  lon: number;
  reports: number;
}

/**
 * A map with a heat layer of report density (leaflet.heat). The server sends aggregated cells only; the map zooms to
 * show them all. Rendered in the light DOM so that Leaflet's global styles apply.
 */
@customElement('muhokama-heatmap')
export class MuhokamaHeatmap extends LitElement {
  @property({ attribute: 'tile-url' }) tileUrl = '';
  @property({ attribute: 'tile-attribution' }) tileAttribution = '';
  @property({ type: Number }) lat = 41.3111;
  @property({ type: Number }) lon = 69.2797;
  @property({ type: Number }) zoom = 12;
  @property({ type: Array }) cells: Cell[] = [];
  @property() label = '';

  private map?: Leaflet.Map;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private heat?: any;

  protected createRenderRoot() {
    return this;
  }

  render() {
    return html`<div class="muhokama-heatmap-canvas" role="img" aria-label=${this.label}></div>`;
  }

  firstUpdated() {
    const canvas = this.querySelector('.muhokama-heatmap-canvas') as HTMLElement;
    // A page scrolled with one thumb must not get stuck zooming the map.
    const map: Leaflet.Map = L.map(canvas, { scrollWheelZoom: false, attributionControl: true })
      .setView([this.lat, this.lon], this.zoom);
    this.map = map;
    if (this.tileUrl) {
      L.tileLayer(this.tileUrl, { maxZoom: 19, attribution: this.tileAttribution }).addTo(map);
    }
    this.heat = L.heatLayer([], { radius: 28, blur: 20, maxZoom: 14, minOpacity: 0.35,
      gradient: { 0.2: '#2b83ba', 0.45: '#abdda4', 0.65: '#ffffbf', 0.85: '#fdae61', 1.0: '#d7191c' } }).addTo(map);
    new ResizeObserver(() => this.map?.invalidateSize()).observe(this);
    this.showCells();
  }

  updated(changed: PropertyValues<this>) {
    if (this.map && changed.has('cells')) {
      this.showCells();
    }
  }

  private showCells() {
    const max = this.cells.reduce((m, c) => Math.max(m, c.reports), 1);
    this.heat.setOptions({ max });
    this.heat.setLatLngs(this.cells.map((c) => [c.lat, c.lon, c.reports]));
    if (this.cells.length > 0) {
      const bounds = L.latLngBounds(this.cells.map((c) => [c.lat, c.lon]));
      this.map!.fitBounds(bounds.pad(0.15), { maxZoom: 14 });
    }
  }
}

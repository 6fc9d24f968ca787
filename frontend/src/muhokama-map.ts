import { LitElement, PropertyValues, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type * as Leaflet from 'leaflet';
import L from './leaflet-global';
import 'leaflet.markercluster';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import 'leaflet.markercluster/dist/MarkerCluster.Default.css';

/** A marker as the server sends it. */
interface MarkerData {
  id: string;
  lat: number;
  lon: number;
  title: string;
  tone: string;
}

/**
 * A map with clustered markers and, when `pickable`, a place the person chooses by tapping. Rendered in the light DOM
 * so that Leaflet's global styles apply; the server drives it through properties and listens to `map-pick` and
 * `marker-open` events.
 */
@customElement('muhokama-map')
export class MuhokamaMap extends LitElement {
  @property({ attribute: 'tile-url' }) tileUrl = '';
  @property({ attribute: 'tile-attribution' }) tileAttribution = '';
  @property({ type: Number }) lat = 41.3111;
  @property({ type: Number }) lon = 69.2797;
  @property({ type: Number }) zoom = 12;
  @property({ type: Boolean }) pickable = false;
  @property({ type: Array }) markers: MarkerData[] = [];
  @property({ type: Object }) picked: { lat: number; lon: number } | null = null;
  @property({ attribute: 'pick-label' }) pickLabel = '';
  @property({ type: Boolean, attribute: 'fit-markers' }) fitMarkers = false;

  private map?: Leaflet.Map;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private cluster?: any;
  private pickMarker?: Leaflet.CircleMarker;

  protected createRenderRoot() {
    return this;
  }

  render() {
    return html`<div class="muhokama-map-canvas" role="application" aria-label=${this.pickLabel}></div>`;
  }

  firstUpdated() {
    const canvas = this.querySelector('.muhokama-map-canvas') as HTMLElement;
    const map: Leaflet.Map = L.map(canvas, { zoomControl: true, attributionControl: true })
      .setView([this.lat, this.lon], this.zoom);
    this.map = map;
    if (this.tileUrl) {
      L.tileLayer(this.tileUrl, { maxZoom: 19, attribution: this.tileAttribution }).addTo(map);
    }
    this.cluster = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 50 });
    map.addLayer(this.cluster);
    map.on('click', (e: Leaflet.LeafletMouseEvent) => {
      if (!this.pickable) {
        return;
      }
      this.picked = { lat: e.latlng.lat, lon: e.latlng.lng };
      this.dispatchEvent(new CustomEvent('map-pick', { detail: { lat: e.latlng.lat, lon: e.latlng.lng } }));
    });
    new ResizeObserver(() => this.map?.invalidateSize()).observe(this);
    this.showMarkers();
    this.showPicked();
  }

  updated(changed: PropertyValues<this>) {
    if (!this.map) {
      return;
    }
    if (changed.has('markers')) {
      this.showMarkers();
    }
    if (changed.has('picked')) {
      this.showPicked();
    }
    if (changed.has('lat') || changed.has('lon') || changed.has('zoom')) {
      this.map.setView([this.lat, this.lon], this.zoom);
    }
  }

  private showMarkers() {
    this.cluster!.clearLayers();
    for (const m of this.markers) {
      const marker = L.circleMarker([m.lat, m.lon], {
        radius: 9, weight: 2, color: '#fff', fillOpacity: 0.95, className: `muhokama-marker tone-${m.tone}`
      });
      // Titles are people's text: handed to Leaflet as a text node, never as HTML.
      const tooltip = document.createElement('span');
      tooltip.textContent = m.title;
      marker.bindTooltip(tooltip);
      marker.on('click', () => this.dispatchEvent(new CustomEvent('marker-open', { detail: { id: m.id } })));
      this.cluster!.addLayer(marker);
    }
    if (this.fitMarkers && this.markers.length > 0) {
      this.map!.fitBounds(this.cluster!.getBounds().pad(0.05), { maxZoom: 16 });
    }
  }

  private showPicked() {
    this.pickMarker?.remove();
    this.pickMarker = undefined;
    if (this.picked) {
      this.pickMarker = L.circleMarker([this.picked.lat, this.picked.lon], {
        radius: 11, weight: 3, color: '#fff', fillOpacity: 1, className: 'muhokama-marker picked'
      }).addTo(this.map!);
    }
  }
}

import { LitElement, PropertyValues, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type * as Leaflet from 'leaflet';
import L from './leaflet-global';
import 'leaflet/dist/leaflet.css';

/** A GeoJSON polygon as the server reads and writes it: one ring of [longitude, latitude] pairs, closed. */
interface PolygonGeoJson {
  type: 'Polygon';
  coordinates: number[][][];
}

/**
 * An area drawn on a map by tapping its corners one after another, which works the same with a thumb on a phone as
 * with a mouse (no drag gestures that fight the map's panning). The server reads the drawn polygon as GeoJSON from the
 * `area-change` event, can show a stored one through the `area` property, and calls `undo()` and `clear()` from its
 * own (translated) buttons. Rendered in the light DOM so that Leaflet's global styles apply.
 */
@customElement('muhokama-area-picker')
export class MuhokamaAreaPicker extends LitElement {
  @property({ attribute: 'tile-url' }) tileUrl = '';
  @property({ attribute: 'tile-attribution' }) tileAttribution = '';
  @property({ type: Number }) lat = 41.3111;
  @property({ type: Number }) lon = 69.2797;
  @property({ type: Number }) zoom = 12;
  @property({ attribute: 'map-label' }) mapLabel = '';
  @property({ type: Boolean }) readonly = false;
  /** The area to show, as a GeoJSON polygon string, or empty. */
  @property() area = '';

  private map?: Leaflet.Map;
  private layer?: Leaflet.LayerGroup;
  private points: Leaflet.LatLng[] = [];

  protected createRenderRoot() {
    return this;
  }

  render() {
    return html`<div class="muhokama-area-picker-canvas" role="application" aria-label=${this.mapLabel}></div>`;
  }

  firstUpdated() {
    const canvas = this.querySelector('.muhokama-area-picker-canvas') as HTMLElement;
    const map: Leaflet.Map = L.map(canvas, { zoomControl: true, attributionControl: true, doubleClickZoom: false })
      .setView([this.lat, this.lon], this.zoom);
    this.map = map;
    if (this.tileUrl) {
      L.tileLayer(this.tileUrl, { maxZoom: 19, attribution: this.tileAttribution }).addTo(map);
    }
    this.layer = L.layerGroup().addTo(map);
    map.on('click', (e: Leaflet.LeafletMouseEvent) => {
      if (this.readonly) {
        return;
      }
      this.points = [...this.points, e.latlng];
      this.changed();
    });
    new ResizeObserver(() => this.map?.invalidateSize()).observe(this);
    this.showArea(true);
  }

  updated(changed: PropertyValues<this>) {
    if (this.map && changed.has('area') && this.area !== this.geoJson()) {
      this.showArea(true);
    }
  }

  /** Takes back the last corner. */
  undo() {
    this.points = this.points.slice(0, -1);
    this.changed();
  }

  /** Starts the drawing again. */
  clear() {
    this.points = [];
    this.changed();
  }

  private changed() {
    this.area = this.geoJson();
    this.draw();
    this.dispatchEvent(new CustomEvent('area-change', {
      detail: { geojson: this.area, corners: this.points.length, bbox: this.bbox() }
    }));
  }

  private showArea(fit: boolean) {
    this.points = [];
    if (this.area) {
      try {
        const polygon = JSON.parse(this.area) as PolygonGeoJson;
        const ring = polygon.coordinates[0].map(([lon, lat]) => L.latLng(lat, lon));
        this.points = ring.length > 1 && ring[0].equals(ring[ring.length - 1]) ? ring.slice(0, -1) : ring;
      } catch {
        this.points = [];
      }
    }
    this.draw();
    if (fit && this.points.length > 2) {
      this.map!.fitBounds(L.latLngBounds(this.points).pad(0.15));
    }
  }

  private draw() {
    this.layer!.clearLayers();
    if (this.points.length > 1) {
      const shape = this.points.length > 2 ? L.polygon(this.points, { className: 'muhokama-area' })
        : L.polyline(this.points, { className: 'muhokama-area' });
      this.layer!.addLayer(shape);
    }
    if (!this.readonly) {
      this.points.forEach((p, i) => this.layer!.addLayer(L.circleMarker(p, {
        radius: i === this.points.length - 1 ? 8 : 6, weight: 2, color: '#fff', fillOpacity: 1,
        className: 'muhokama-area-corner', interactive: false
      })));
    }
  }

  /** The drawn area's bounding box as a feed asks for it ("minLon,minLat,maxLon,maxLat"), or empty. */
  private bbox(): string {
    if (this.points.length < 3) {
      return '';
    }
    const box = L.latLngBounds(this.points);
    return [box.getWest(), box.getSouth(), box.getEast(), box.getNorth()].map(round).join(',');
  }

  /** The drawn polygon as GeoJSON, or empty while it has fewer than three corners. */
  private geoJson(): string {
    if (this.points.length < 3) {
      return '';
    }
    const ring = this.points.map(p => [round(p.lng), round(p.lat)]);
    const polygon: PolygonGeoJson = { type: 'Polygon', coordinates: [[...ring, ring[0]]] };
    return JSON.stringify(polygon);
  }
}

/** Six decimals are about 10 cm: more only makes the stored polygon longer. */
function round(degrees: number): number {
  return Math.round(degrees * 1e6) / 1e6;
}

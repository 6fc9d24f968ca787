import { Chart, registerables } from 'chart.js';

Chart.register(...registerables);

/**
 * A chart drawn with Chart.js from a small JSON description set by the server:
 * {"type": "bar" | "line" | "doughnut", "horizontal": bool, "labels": [...],
 *  "datasets": [{"label": "...", "data": [...], "colors": ["#..."]}], "label": "text for screen readers"}.
 */
class MuhokamaChart extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = '<style>:host{display:block;position:relative;min-height:12rem}'
      + 'div{position:relative;width:100%;height:100%}</style><div><canvas role="img"></canvas></div>';
    this._canvas = root.querySelector('canvas');
  }

  set config(value) {
    this._config = typeof value === 'string' ? JSON.parse(value) : value;
    this._draw();
  }

  get config() {
    return this._config;
  }

  connectedCallback() {
    this._draw();
  }

  disconnectedCallback() {
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
  }

  _draw() {
    if (!this._config || !this.isConnected) {
      return;
    }
    if (this._chart) {
      this._chart.destroy();
    }
    const c = this._config;
    this._canvas.setAttribute('aria-label', c.label || '');
    const round = c.type === 'doughnut';
    this._chart = new Chart(this._canvas, {
      type: c.type,
      data: {
        labels: c.labels,
        datasets: c.datasets.map((d) => ({
          label: d.label,
          data: d.data,
          backgroundColor: d.colors,
          borderColor: round ? '#fff' : d.colors,
          borderWidth: round ? 2 : 1,
          borderRadius: round ? 0 : 4,
          maxBarThickness: 56,
          tension: 0.3,
          fill: false,
        })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        indexAxis: c.horizontal ? 'y' : 'x',
        animation: false,
        cutout: round ? '58%' : undefined,
        plugins: {
          legend: { display: round || c.datasets.length > 1, position: 'bottom' },
        },
        scales: round ? {} : { x: { beginAtZero: true, ticks: { precision: 0 } },
                               y: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
  }
}

customElements.define('muhokama-chart', MuhokamaChart);

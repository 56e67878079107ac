// The map: country borders (data/geo, Natural Earth) and one circle per place with matching incidents, sized by how
// many, merged into a cluster where circles would overlap at the current zoom. Drawn in SVG with a plain
// equirectangular projection scaled for the region's latitude: no tiles, nothing fetched from another host.
import { s } from './dom.js';

const width = 800;
const height = 560;
const lonScale = Math.cos((32 * Math.PI) / 180);
// Iraq and Syria in the middle, with the Levant, the Gulf, the Red Sea and Yemen around them.
const home = { west: 33, east: 60, south: 12.5, north: 38.5 };

/**
 * Places into clusters, in screen units: first each place joins a larger one near enough (by the larger place's own
 * circle, so a cluster cannot snowball across the map), then clusters whose circles, sized by their totals, would
 * still cover each other merge at their weighted centre, until none does.
 */
function clusterPlaces(points) {
  const largestPlace = Math.max(1, ...points.map((p) => p.place.count));
  const reach = (count) => 4 + 22 * Math.sqrt(count / largestPlace);
  let clusters = [];
  for (const { place, at: [x, y] } of [...points].sort((a, b) => b.place.count - a.place.count || a.place.nameEn.localeCompare(b.place.nameEn))) {
    const near = clusters.find((c) => Math.hypot(c.x - x, c.y - y) < reach(c.members[0].count) + reach(place.count) * 0.8);
    if (near) {
      near.members.push(place);
      near.count += place.count;
    } else {
      clusters.push({ x, y, count: place.count, members: [place] });
    }
  }
  for (let merged = true; merged;) {
    merged = false;
    const largest = Math.max(1, ...clusters.map((c) => c.count));
    const radius = (count) => 4 + 22 * Math.sqrt(count / largest);
    clusters.sort((a, b) => b.count - a.count);
    for (let i = 0; i < clusters.length; i++) {
      for (let j = i + 1; j < clusters.length; j++) {
        const [a, b] = [clusters[i], clusters[j]];
        if (Math.hypot(a.x - b.x, a.y - b.y) < (radius(a.count) + radius(b.count)) * 0.7) {
          const count = a.count + b.count;
          clusters[i] = { x: (a.x * a.count + b.x * b.count) / count, y: (a.y * a.count + b.y * b.count) / count, count, members: [...a.members, ...b.members] };
          clusters.splice(j, 1);
          merged = true;
          j = i;
        }
      }
    }
  }
  return clusters;
}

/** Inside the box the borders file covers (data/scripts/region_borders.mjs); beyond it the map has no land. */
export function inRegion(place) {
  return place.lon >= 24 && place.lon <= 66 && place.lat >= 8 && place.lat <= 44;
}

export class IncidentMap {
  constructor(svg, { onPlace }) {
    this.svg = svg;
    this.onPlace = onPlace;
    this.places = [];
    this.selected = null;
    this.type = null;
    this.countries = [];
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    this.borders = s('g', { class: 'borders' });
    this.labels = s('g', { class: 'country-labels', 'aria-hidden': 'true' });
    this.markers = s('g', { class: 'markers' });
    svg.append(s('rect', { class: 'sea', x: 0, y: 0, width, height }), this.borders, this.labels, this.markers);
    this.moved = false;
    this.fit();
    this.listen();
  }

  async loadBorders(url) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`borders: ${response.status}`);
    const collection = await response.json();
    for (const feature of collection.features) {
      let d = '';
      let minX = Infinity, maxX = -Infinity;
      for (const polygon of feature.geometry.coordinates) {
        for (const ring of polygon) {
          ring.forEach(([lon, lat], i) => {
            const x = lon * lonScale;
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            d += `${i === 0 ? 'M' : 'L'}${x.toFixed(3)},${(-lat).toFixed(3)}`;
          });
          d += 'Z';
        }
      }
      this.borders.append(s('path', { d, class: 'country', 'vector-effect': 'non-scaling-stroke' }, s('title', {}, feature.properties.name)));
      this.countries.push({ name: feature.properties.name, label: feature.properties.label, span: maxX - minX });
    }
    this.draw();
  }

  /** places: [{ key, nameEn, nameAr, count, lat, lon, vague }]; type: the one type filtered, which colors the circles. */
  show(places, type) {
    this.places = places;
    this.type = type;
    if (this.moved) this.drawMarkers();
    else this.fit();
  }

  select(place) {
    this.selected = place;
    this.drawMarkers();
  }

  /** Back to the places shown (the whole region when there are none), until the user pans or zooms again. */
  reset() {
    this.moved = false;
    this.fit();
  }

  fit() {
    const pinned = this.places.filter(inRegion);
    let box = home;
    if (pinned.length > 0) {
      const lons = pinned.map((p) => p.lon);
      const lats = pinned.map((p) => p.lat);
      // A margin for the circles, and no closer than about Iraq's size, so one place still shows where it is.
      const [cx, cy] = [(Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2];
      const halfLon = Math.max((Math.max(...lons) - Math.min(...lons)) / 2 + 1.5, 6);
      const halfLat = Math.max((Math.max(...lats) - Math.min(...lats)) / 2 + 1.5, 4.2);
      box = { west: cx - halfLon, east: cx + halfLon, south: cy - halfLat, north: cy + halfLat };
    }
    this.center = [(box.west + box.east) / 2, (box.south + box.north) / 2];
    this.scale = Math.min(width / ((box.east - box.west) * lonScale), height / (box.north - box.south));
    this.draw();
  }

  zoom(factor, at = [width / 2, height / 2]) {
    this.moved = true;
    const before = this.unproject(at);
    this.scale = Math.min(Math.max(this.scale * factor, 8), 2000);
    const after = this.unproject(at);
    this.center = [this.center[0] + before[0] - after[0], this.center[1] + before[1] - after[1]];
    this.draw();
  }

  pan(dx, dy) {
    this.moved = true;
    this.center = [this.center[0] - dx / (this.scale * lonScale), this.center[1] + dy / this.scale];
    this.draw();
  }

  project(lon, lat) {
    return [(lon - this.center[0]) * lonScale * this.scale + width / 2, (this.center[1] - lat) * this.scale + height / 2];
  }

  unproject([x, y]) {
    return [(x - width / 2) / (lonScale * this.scale) + this.center[0], this.center[1] - (y - height / 2) / this.scale];
  }

  draw() {
    const tx = width / 2 - this.center[0] * lonScale * this.scale;
    const ty = height / 2 + this.center[1] * this.scale;
    this.borders.setAttribute('transform', `translate(${tx.toFixed(2)} ${ty.toFixed(2)}) scale(${this.scale.toFixed(4)})`);
    this.labels.replaceChildren();
    for (const country of this.countries) {
      if (country.span * this.scale < 70) continue;
      const [x, y] = this.project(country.label[0], country.label[1]);
      if (x < 0 || x > width || y < 0 || y > height) continue;
      this.labels.append(s('text', { x: x.toFixed(1), y: y.toFixed(1) }, country.name));
    }
    this.drawMarkers();
  }

  drawMarkers() {
    this.markers.replaceChildren();
    const clusters = clusterPlaces(this.places.map((place) => ({ place, at: this.project(place.lon, place.lat) })));
    const largest = Math.max(1, ...clusters.map((c) => c.count));
    const radius = (count) => 4 + 22 * Math.sqrt(count / largest);
    for (const cluster of clusters) {
      if (cluster.x < -30 || cluster.x > width + 30 || cluster.y < -30 || cluster.y > height + 30) continue;
      const r = radius(cluster.count);
      const single = cluster.members.length === 1;
      const name = single ? cluster.members[0].nameEn : `${cluster.members.length} places around ${cluster.members[0].nameEn}`;
      const label = `${name}: ${cluster.count} incident${cluster.count === 1 ? '' : 's'}. ${single ? 'Show only this place.' : 'Zoom in.'}`;
      const marker = s('g', {
        class: `marker${single ? '' : ' cluster'}${cluster.members.every((m) => m.vague) ? ' vague' : ''}${this.type ? ` typed type-${this.type}` : ''}`, role: 'button', tabindex: 0, 'aria-label': label,
        'data-count': cluster.count, 'data-places': cluster.members.length,
      },
      s('title', {}, single ? `${name} (${cluster.members[0].nameAr}): ${cluster.count}` : `${label} ${cluster.members.slice(0, 8).map((m) => m.nameEn).join(', ')}${cluster.members.length > 8 ? ', …' : ''}`),
      s('circle', { cx: cluster.x.toFixed(1), cy: cluster.y.toFixed(1), r: r.toFixed(1) }));
      if (!single) marker.append(s('circle', { class: 'ring', cx: cluster.x.toFixed(1), cy: cluster.y.toFixed(1), r: (r + 3).toFixed(1) }));
      if (r >= 10) marker.append(s('text', { x: cluster.x.toFixed(1), y: cluster.y.toFixed(1) }, String(cluster.count)));
      const activate = () => (single ? this.onPlace(cluster.members[0]) : this.zoom(2.5, [cluster.x, cluster.y]));
      marker.addEventListener('click', activate);
      marker.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          activate();
        }
      });
      this.markers.append(marker);
    }
    if (this.selected && this.selected.lat != null) {
      const [x, y] = this.project(this.selected.lon, this.selected.lat);
      this.markers.append(s('g', { class: 'selected-place', 'aria-hidden': 'true' },
        s('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: 9 }),
        s('circle', { class: 'dot', cx: x.toFixed(1), cy: y.toFixed(1), r: 3 })));
    }
  }

  listen() {
    const svg = this.svg;
    const toView = (event) => {
      const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(svg.getScreenCTM().inverse());
      return [point.x, point.y];
    };
    svg.addEventListener('wheel', (event) => {
      event.preventDefault();
      this.zoom(event.deltaY < 0 ? 1.25 : 0.8, toView(event));
    }, { passive: false });
    let drag = null;
    svg.addEventListener('pointerdown', (event) => {
      if (event.target.closest('.marker')) return;
      drag = { id: event.pointerId, last: toView(event), moved: false };
      svg.setPointerCapture(event.pointerId);
    });
    svg.addEventListener('pointermove', (event) => {
      if (!drag || drag.id !== event.pointerId) return;
      const now = toView(event);
      this.pan(now[0] - drag.last[0], now[1] - drag.last[1]);
      drag.last = now;
    });
    const end = () => { drag = null; };
    svg.addEventListener('pointerup', end);
    svg.addEventListener('pointercancel', end);
    svg.addEventListener('keydown', (event) => {
      if (event.target !== svg) return;
      const step = 40;
      const moves = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
      if (moves[event.key]) this.pan(...moves[event.key]);
      else if (event.key === '+' || event.key === '=') this.zoom(1.5);
      else if (event.key === '-') this.zoom(1 / 1.5);
      else if (event.key === '0') this.reset();
      else return;
      event.preventDefault();
    });
  }
}

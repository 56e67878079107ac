// The timeline: incidents per period as bars above the axis, killed and wounded below it, from /api/timeline.
// Clicking a bar, or dragging across several, sets the date filter to those periods; with the keyboard, the arrows
// move between periods, Shift extends, Enter applies.
import { s } from './dom.js';

const width = 800;
const height = 180;
const top = 12;
const axis = 118;
const bottom = 160;
const left = 34;
const right = 8;

export class Timeline {
  constructor(svg, { onRange, onCursor }) {
    this.svg = svg;
    this.onRange = onRange;
    this.onCursor = onCursor;
    this.points = [];
    this.interval = 'month';
    this.cursor = null;
    this.anchor = null;
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    this.listen();
  }

  show({ interval, points }) {
    this.interval = interval;
    this.points = points;
    this.svg.classList.toggle('empty', points.length === 0);
    this.cursor = null;
    this.anchor = null;
    this.draw();
  }

  /** Bars share the width, but a few periods do not become slabs: at most 36 units each, centred. */
  barWidth() {
    return Math.min(36, (width - left - right) / Math.max(1, this.points.length));
  }

  get start() {
    return left + (width - left - right - this.barWidth() * this.points.length) / 2;
  }

  draw(selection = null) {
    const svg = this.svg;
    svg.replaceChildren();
    const points = this.points;
    if (points.length === 0) return;
    const most = Math.max(1, ...points.map((p) => p.incidents));
    const hurtMost = Math.max(0, ...points.map((p) => p.killed + p.wounded));
    const hurt = Math.max(1, hurtMost);
    const w = this.barWidth();
    const gap = w > 4 ? 1 : 0;
    svg.append(
      s('text', { class: 'axis-label', x: 2, y: top + 8 }, String(most)),
      s('text', { class: 'axis-label', x: 2, y: axis - 2 }, '0'),
      hurtMost > 0 ? s('text', { class: 'axis-label hurt', x: 2, y: bottom + 2 }, String(hurtMost)) : null,
      s('line', { class: 'axis', x1: left, x2: width - right, y1: axis, y2: axis }));
    if (selection) {
      const [a, b] = [Math.min(...selection), Math.max(...selection)];
      svg.append(s('rect', { class: 'selection', x: this.start + a * w, y: top - 6, width: (b - a + 1) * w, height: bottom - top + 10 }));
    }
    points.forEach((p, i) => {
      const x = this.start + i * w;
      const group = s('g', { class: i === this.cursor ? 'period cursor' : 'period' },
        s('title', {}, `${p.period}: ${p.incidents} incident${p.incidents === 1 ? '' : 's'}, ${p.killed} killed, ${p.wounded} wounded`),
        s('rect', { class: 'hit', x, y: top - 6, width: w, height: bottom - top + 10 }));
      if (p.incidents > 0) {
        const barHeight = Math.max(1.5, ((axis - top) * p.incidents) / most);
        group.append(s('rect', { class: 'incidents', x: x + gap / 2, y: axis - barHeight, width: Math.max(0.8, w - gap), height: barHeight }));
      }
      const killed = ((bottom - axis - 4) * p.killed) / hurt;
      const wounded = ((bottom - axis - 4) * p.wounded) / hurt;
      if (p.killed > 0) group.append(s('rect', { class: 'killed', x: x + gap / 2, y: axis + 2, width: Math.max(0.8, w - gap), height: Math.max(1, killed) }));
      if (p.wounded > 0) group.append(s('rect', { class: 'wounded', x: x + gap / 2, y: axis + 2 + killed, width: Math.max(0.8, w - gap), height: Math.max(1, wounded) }));
      svg.append(group);
    });
    const ticks = Math.min(points.length, points[0].period.length > 7 ? 6 : 8);
    for (let t = 0; t < ticks; t++) {
      const i = Math.round((t * (points.length - 1)) / Math.max(1, ticks - 1));
      // The first and last labels lean inwards so neither is cut at the edge.
      const anchor = t === 0 && ticks > 1 ? 'start' : t === ticks - 1 && ticks > 1 ? 'end' : 'middle';
      const x = anchor === 'start' ? this.start + i * w : anchor === 'end' ? this.start + (i + 1) * w : this.start + (i + 0.5) * w;
      svg.append(s('text', { class: 'tick', x, y: height - 4, 'text-anchor': anchor }, points[i].period));
    }
  }

  indexAt(event) {
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(this.svg.getScreenCTM().inverse());
    const i = Math.floor((point.x - this.start) / this.barWidth());
    return Math.min(Math.max(i, 0), this.points.length - 1);
  }

  apply(a, b) {
    const [first, last] = [Math.min(a, b), Math.max(a, b)];
    this.onRange(periodStart(this.points[first].period), periodEnd(this.points[last].period, this.interval), first === last);
  }

  listen() {
    const svg = this.svg;
    let drag = null;
    svg.addEventListener('pointerdown', (event) => {
      if (this.points.length === 0) return;
      drag = { from: this.indexAt(event), to: this.indexAt(event) };
      svg.setPointerCapture(event.pointerId);
      this.draw([drag.from, drag.to]);
    });
    svg.addEventListener('pointermove', (event) => {
      if (!drag) return;
      drag.to = this.indexAt(event);
      this.draw([drag.from, drag.to]);
    });
    svg.addEventListener('pointerup', () => {
      if (!drag) return;
      const { from, to } = drag;
      drag = null;
      this.apply(from, to);
    });
    svg.addEventListener('pointercancel', () => { drag = null; this.draw(); });
    svg.addEventListener('keydown', (event) => {
      if (this.points.length === 0) return;
      const last = this.points.length - 1;
      if (event.key === 'ArrowRight' || event.key === 'ArrowLeft' || event.key === 'Home' || event.key === 'End') {
        const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
        const next = event.key === 'Home' ? 0 : event.key === 'End' ? last
          : this.cursor === null ? (step > 0 ? 0 : last) : Math.min(Math.max(this.cursor + step, 0), last);
        if (!event.shiftKey || this.anchor === null) this.anchor = event.shiftKey ? (this.cursor ?? next) : next;
        this.cursor = next;
        this.draw([this.anchor, this.cursor]);
        const [a, b] = [Math.min(this.anchor, this.cursor), Math.max(this.anchor, this.cursor)];
        const chosen = this.points.slice(a, b + 1);
        this.onCursor(`${chosen[0].period}${a === b ? '' : ` to ${chosen[chosen.length - 1].period}`}: `
          + `${sum(chosen, 'incidents')} incidents, ${sum(chosen, 'killed')} killed, ${sum(chosen, 'wounded')} wounded. Enter sets the dates.`);
        event.preventDefault();
      } else if (event.key === 'Enter' && this.cursor !== null) {
        this.apply(this.anchor ?? this.cursor, this.cursor);
        event.preventDefault();
      }
    });
    svg.addEventListener('blur', () => { this.cursor = null; this.anchor = null; this.draw(); });
  }
}

function sum(points, field) {
  return points.reduce((total, p) => total + p[field], 0);
}

/** "2024", "2024-03" or "2024-03-04" -> the first day, YYYY-MM-DD. */
export function periodStart(period) {
  return period.length === 4 ? `${period}-01-01` : period.length === 7 ? `${period}-01` : period;
}

/** The last day of a period: a week is seven days from its Monday. */
export function periodEnd(period, interval) {
  if (interval === 'year') return `${period.slice(0, 4)}-12-31`;
  if (interval === 'month') {
    const [y, m] = period.split('-').map(Number);
    return isoDay(new Date(Date.UTC(y, m, 0)));
  }
  if (interval === 'week') {
    const day = new Date(`${period}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() + 6);
    return isoDay(day);
  }
  return period;
}

function isoDay(date) {
  return date.toISOString().slice(0, 10);
}
